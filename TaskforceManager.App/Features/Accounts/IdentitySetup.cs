using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;

namespace TaskforceManager.App.Features.Accounts;

public static class IdentitySetup
{
    /// <summary>The PBKDF2 iteration count for password hashes (OWASP ASVS 5.0 asks for at least 210,000).</summary>
    public const int PasswordHashIterations = 210_000;

    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>How often an open session checks that its user still exists, is enabled and has the same security stamp.</summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddTaskforceIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "TaskforceManager.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events = new CookieAuthenticationEvents
            {
                // API calls get a status code, not a redirect to the sign-in page.
                OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden),
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = RevalidationInterval);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.AddAuthorization();

        // Identity's stores need a context of their own in the scope; feature code still uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = PasswordMinLength;
                // Length, not composition, makes a password strong (NIST SP 800-63B); any character is allowed.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<MaxLengthPasswordValidator>()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        services.AddScoped<AccountService>();
        services.AddScoped<DemoAccounts>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
