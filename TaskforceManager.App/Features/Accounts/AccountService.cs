using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.App.Features.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInResultView(SignInOutcome Outcome, string? HomeUrl);

public sealed record UserRow(string Id, string Email, string DisplayName, UserRole Role, string? CountryCode, int? RegionId, int? ExpertId,
    bool IsDisabled, bool IsLockedOut, bool HasPassword, bool IsDemo);

public sealed record InviteOptions(IReadOnlyList<(string Code, string Name)> Countries, IReadOnlyList<(int Id, string CountryCode, string Name)> Regions,
    IReadOnlyList<(int Id, string Name, string Organisation)> ExpertsWithoutAccount);

/// <summary>An invitation's link: the person sets their own password through it, once, within seven days.</summary>
public sealed record InvitationLink(string UserId, string Email, string Url);

/// <summary>Sign-in, passwords and the secretariat's account management; every event is written to the audit log.</summary>
public sealed class AccountService(
    IServiceScopeFactory scopes,
    AccessPolicy access,
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<DatabaseOptions> databaseOptions,
    TimeProvider clock,
    ILogger<AccountService> logger)
{
    /// <summary>The home page of each role.</summary>
    public static string HomeOf(UserRole role) => role switch
    {
        UserRole.MemberStateContact => "/portal",
        UserRole.Expert => "/my",
        _ => "/",
    };

    /// <summary>Signs in with e-mail and password; failures count towards the lockout (5 in a row locks for 5 minutes).</summary>
    public async Task<SignInResultView> SignInAsync(SignInManager<AppUser> signIn, string email, string password, bool remember)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await access.RecordSecurityEventAsync("anonymous", "Anonymous", "SignInFailed", Subject(email), "Unknown e-mail address");
            return new(SignInOutcome.Failed, null);
        }

        if (user.IsDisabled)
        {
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "SignInFailed", Subject(user.Email), "Account disabled");
            return new(SignInOutcome.Failed, null);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "SignInSucceeded", Subject(user.Email), null);
            return new(SignInOutcome.Succeeded, HomeOf(user.Role));
        }

        if (result.IsLockedOut)
        {
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "LockedOut", Subject(user.Email),
                $"Locked for {IdentitySetup.LockoutDuration.TotalMinutes:0} minutes after {IdentitySetup.MaxFailedSignIns} failed sign-ins");
            return new(SignInOutcome.LockedOut, null);
        }

        await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "SignInFailed", Subject(user.Email), "Wrong password");
        return new(SignInOutcome.Failed, null);
    }

    public async Task SignOutAsync(SignInManager<AppUser> signIn, Viewer viewer)
    {
        await signIn.SignOutAsync();
        await access.RecordSecurityEventAsync(viewer.UserId ?? "anonymous", viewer.Name, "SignedOut", viewer.UserId ?? "-", null);
    }

    /// <summary>Changes the signed-in user's own password; the old one must be given.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(SignInManager<AppUser> signIn, AppUser user, string current, string next)
    {
        var result = await signIn.UserManager.ChangePasswordAsync(user, current, next);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "PasswordChanged", Subject(user.Email), null);
        }

        return result;
    }

    public async Task<IReadOnlyList<UserRow>> ListUsersAsync()
    {
        await RequireSecretariatAsync("list user accounts");
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        return await db.Users.AsNoTracking()
            .OrderBy(u => u.Role).ThenBy(u => u.DisplayName)
            .Select(u => new UserRow(u.Id, u.Email!, u.DisplayName, u.Role, u.CountryCode, u.RegionId, u.ExpertId, u.IsDisabled,
                u.LockoutEnd != null && u.LockoutEnd > now, u.PasswordHash != null, u.IsDemo))
            .ToListAsync();
    }

    /// <summary>What the invitation form offers: countries, their regions, and the experts who have no account yet.</summary>
    public async Task<InviteOptions> InviteOptionsAsync()
    {
        await RequireSecretariatAsync("invite users");
        await using var db = await dbFactory.CreateDbContextAsync();
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync();
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.CountryCode, r.Name }).ToListAsync();
        var taken = db.Users.Where(u => u.ExpertId != null).Select(u => u.ExpertId!.Value);
        var experts = await db.Experts.AsNoTracking().Where(e => e.IsActive && !taken.Contains(e.Id))
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { e.Id, e.FullName, Organisation = o.Name })
            .OrderBy(e => e.FullName).ToListAsync();
        return new InviteOptions(
            countries.Select(c => (c.Code, c.Name)).ToList(),
            regions.Select(r => (r.Id, r.CountryCode, r.Name)).ToList(),
            experts.Select(e => (e.Id, e.FullName, e.Organisation)).ToList());
    }

    /// <summary>Creates an account without a password and returns the single-use link through which its owner sets one.</summary>
    public async Task<InvitationLink> InviteAsync(InviteForm form, string baseUrl)
    {
        var secretariat = await RequireSecretariatAsync("invite users");
        await new InviteFormValidator().ValidateAndThrowForFieldsAsync(form);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await CheckScopeExistsAsync(db, form);
        }

        var user = new AppUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            EmailConfirmed = false,
            DisplayName = form.DisplayName.Trim(),
            Role = form.Role,
            CountryCode = form.Role == UserRole.MemberStateContact ? form.CountryCode : null,
            RegionId = form.Role == UserRole.MemberStateContact ? form.RegionId : null,
            ExpertId = form.Role == UserRole.Expert ? form.ExpertId : null,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new FieldValidationException(created.Errors.Select(e => (e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal)
                ? nameof(InviteForm.Email) : string.Empty, e.Code is "DuplicateEmail" or "DuplicateUserName" ? "An account with this e-mail address already exists." : e.Description)));
        }

        var link = await InvitationLinkAsync(users, user, baseUrl);
        await access.RecordSecurityEventAsync(secretariat.UserId!, secretariat.Name, "UserInvited", Subject(user.Email), $"{user.Role} {user.CountryCode}{user.ExpertId}");
        return link;
    }

    public async Task<InvitationLink> NewInvitationLinkAsync(string userId, string baseUrl)
    {
        await RequireSecretariatAsync("re-send invitations");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new RecordNotFoundException("user account");
        if (await users.HasPasswordAsync(user))
        {
            throw new ActionNotAllowedException("This person has already accepted their invitation; reset their password instead.");
        }

        return await InvitationLinkAsync(users, user, baseUrl);
    }

    /// <summary>The invited person sets their password; the token is then spent.</summary>
    public async Task<IdentityResult> AcceptInvitationAsync(UserManager<AppUser> users, string userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "This invitation link is not valid any more. Ask the secretariat for a new one." });
        }

        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "InvitationAccepted", Subject(user.Email), null);
        }

        return result;
    }

    /// <summary>The secretariat disables an account: it can no longer sign in, and its open sessions end within a minute.</summary>
    public async Task SetDisabledAsync(string userId, bool disabled)
    {
        var secretariat = await RequireSecretariatAsync(disabled ? "disable accounts" : "enable accounts");
        if (disabled && userId == secretariat.UserId)
        {
            throw new ActionNotAllowedException("You cannot disable your own account.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new RecordNotFoundException("user account");
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await access.RecordSecurityEventAsync(secretariat.UserId!, secretariat.Name, disabled ? "UserDisabled" : "UserEnabled", Subject(user.Email), null);
    }

    /// <summary>Returns a single-use link through which the user sets a new password (valid one day); their sessions end.</summary>
    public async Task<InvitationLink> ResetPasswordLinkAsync(string userId, string baseUrl)
    {
        var secretariat = await RequireSecretariatAsync("reset passwords");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new RecordNotFoundException("user account");
        await users.UpdateSecurityStampAsync(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = $"{baseUrl.TrimEnd('/')}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        Announce("Password reset", user.Email!, url);
        await access.RecordSecurityEventAsync(secretariat.UserId!, secretariat.Name, "PasswordResetIssued", Subject(user.Email), null);
        return new InvitationLink(user.Id, user.Email!, url);
    }

    public async Task<IdentityResult> ResetPasswordAsync(UserManager<AppUser> users, string userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "This reset link is not valid any more. Ask the secretariat for a new one." });
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await access.RecordSecurityEventAsync(user.Id, user.DisplayName, "PasswordReset", Subject(user.Email), null);
        }
        else if (result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "This reset link is not valid any more. Ask the secretariat for a new one." });
        }

        return result;
    }

    private async Task<InvitationLink> InvitationLinkAsync(UserManager<AppUser> users, AppUser user, string baseUrl)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var url = $"{baseUrl.TrimEnd('/')}/account/invitation?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        Announce("Invitation", user.Email!, url);
        return new InvitationLink(user.Id, user.Email!, url);
    }

    private void Announce(string what, string email, string url)
    {
        // No mail server is configured yet: in demo mode the link goes to the log as well as the screen.
        if (databaseOptions.Value.SeedDemoData)
        {
            logger.LogInformation("{What} link for {Email}: {Url}", what, email, url);
        }
    }

    private async Task CheckScopeExistsAsync(AppDbContext db, InviteForm form)
    {
        if (form.Role == UserRole.MemberStateContact)
        {
            if (!await db.Countries.AnyAsync(c => c.Code == form.CountryCode))
            {
                throw new FieldValidationException([(nameof(InviteForm.CountryCode), "Choose a country from the list.")]);
            }

            if (form.RegionId is { } region && !await db.Regions.AnyAsync(r => r.Id == region && r.CountryCode == form.CountryCode))
            {
                throw new FieldValidationException([(nameof(InviteForm.RegionId), "That region is not in the chosen country.")]);
            }
        }

        if (form.Role == UserRole.Expert)
        {
            if (!await db.Experts.AnyAsync(e => e.Id == form.ExpertId))
            {
                throw new FieldValidationException([(nameof(InviteForm.ExpertId), "Choose an expert from the directory.")]);
            }

            if (await db.Users.AnyAsync(u => u.ExpertId == form.ExpertId))
            {
                throw new FieldValidationException([(nameof(InviteForm.ExpertId), "This expert already has an account.")]);
            }
        }
    }

    private async Task<Viewer> RequireSecretariatAsync(string action)
    {
        var viewer = await access.ViewerAsync();
        if (!viewer.IsSecretariat)
        {
            throw await access.NotAllowedAsync(viewer, "UserAccount", "*", action, $"Only the secretariat can {action}.");
        }

        return viewer;
    }

    private static string Subject(string? email) => email?.Trim().ToLowerInvariant() ?? "-";
}
