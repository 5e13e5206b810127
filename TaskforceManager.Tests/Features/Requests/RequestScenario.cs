using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Requests;

/// <summary>
/// Requests on real SQLite: Spain (with the Basque Country and Catalonia), France (with Bretagne) and Norway, three
/// themes, two secretariat accounts (and a disabled one). The clock stands at Tuesday 24 November 2026, 09:00 UTC.
/// </summary>
public sealed class RequestScenario : IAsyncDisposable
{
    public static readonly Actor Setup = new("setup", "Scenario setup");
    public static readonly Viewer Secretariat = Viewer.Secretariat("sec-anna", "Anna Visser");

    private RequestScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public int BasqueId { get; private set; }
    public int CataloniaId { get; private set; }
    public int BretagneId { get; private set; }
    public DateTimeOffset Now => Database.Clock.GetUtcNow();

    public static async Task<RequestScenario> CreateAsync()
    {
        var scenario = new RequestScenario(await TestDatabase.CreateAsync());
        await scenario.BuildAsync();
        return scenario;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    public Viewer ContactFor(string country, int? regionId = null) => Viewer.Contact($"contact-{country}", $"Contact ({country})", country, regionId);

    /// <param name="interceptors">Watch what the services do to the database (e.g. count transactions).</param>
    public RequestServices ServicesFor(Viewer viewer, params IInterceptor[] interceptors)
    {
        var user = new FixedUser(viewer);
        var options = interceptors.Length == 0
            ? Database.Options
            : new DbContextOptionsBuilder<AppDbContext>(Database.Options).AddInterceptors(interceptors).Options;
        var factory = new AppDbContextFactory(options, user, Database.Clock);
        var access = new AccessPolicy(user, factory, Database.Clock, NullLogger<AccessPolicy>.Instance);
        var work = new RecordWork(factory, access, Database.Clock);
        return new RequestServices(
            new RequestService(work, access, AcknowledgementPolicy.Default),
            new RequestListService(factory, access, work, AcknowledgementPolicy.Default, Database.Clock),
            new RequestIntakeService(factory, access, Database.Clock));
    }

    /// <summary>Registers the requests services for a bUnit context, acting as <paramref name="viewer"/>.</summary>
    public void Register(IServiceCollection services, Viewer viewer)
    {
        var s = ServicesFor(viewer);
        services.AddSingleton(AcknowledgementPolicy.Default);
        services.AddSingleton(s.Requests);
        services.AddSingleton(s.Lists);
        services.AddSingleton(s.Intake);
        services.AddSingleton(Matching.MatchingServices.SuggestionsFor(Database, viewer));
        services.AddScoped<UserFeedback>();
    }

    public async Task<int> AddAsync(
        string title,
        string country = "ES",
        int? regionId = null,
        DateTimeOffset? receivedAt = null,
        string[]? themes = null,
        HopedInstrument instrument = HopedInstrument.Taskforce,
        Urgency urgency = Urgency.Normal,
        string organisation = "Ministry of Education",
        string challenge = "Too few young people choose technical studies.",
        Action<SupportRequest, DateTimeOffset>? then = null)
    {
        await using var db = Database.CreateContext();
        var at = receivedAt ?? Now.AddHours(-1);
        var request = SupportRequest.Submit(
            new SupportRequestDetails(title, country, regionId, organisation, "Camille Martin", "camille@example.org",
                themes ?? ["stem-strategy"], challenge, instrument, urgency),
            RequestChannel.Portal, Setup, at);
        then?.Invoke(request, at.AddHours(1));
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    public async Task<SupportRequest> ReadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.SupportRequests.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    public async Task<Guid> VersionAsync(int id)
    {
        await using var db = Database.CreateContext();
        return db.VersionOf(await db.SupportRequests.SingleAsync(r => r.Id == id));
    }

    /// <summary>A day at 10:00 UTC, for received dates.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    private async Task BuildAsync()
    {
        await using var db = Database.CreateContext();
        var spain = new Country("ES", "Spain", true, CountrySize.Large, ["es"]);
        var basque = spain.AddRegion("Basque Country");
        var catalonia = spain.AddRegion("Catalonia");
        var france = new Country("FR", "France", true, CountrySize.Large, ["fr"]);
        var bretagne = france.AddRegion("Bretagne");
        db.Countries.AddRange(spain, france, new Country("NO", "Norway", false, CountrySize.Small, ["no"]));
        db.Themes.AddRange(
            new Theme("stem-strategy", "STEM strategy", null),
            new Theme("teacher-shortage", "Teacher shortage", null),
            new Theme("girls-in-stem", "Girls in STEM", null));
        db.Users.AddRange(
            User("sec-anna", "Anna Visser", UserRole.Secretariat),
            User("sec-pieter", "Pieter Jansen", UserRole.Secretariat),
            User("sec-gone", "Former Colleague", UserRole.Secretariat, disabled: true),
            User("contact-ES", "Miren Etxeberria", UserRole.MemberStateContact));
        await db.SaveChangesAsync();
        (BasqueId, CataloniaId, BretagneId) = (basque.Id, catalonia.Id, bretagne.Id);
    }

    private static AppUser User(string id, string name, UserRole role, bool disabled = false) => new()
    {
        Id = id,
        UserName = $"{id}@example.org",
        NormalizedUserName = $"{id}@EXAMPLE.ORG",
        Email = $"{id}@example.org",
        NormalizedEmail = $"{id}@EXAMPLE.ORG",
        DisplayName = name,
        Role = role,
        CountryCode = role == UserRole.MemberStateContact ? "ES" : null,
        IsDisabled = disabled,
    };
}

public sealed record RequestServices(RequestService Requests, RequestListService Lists, RequestIntakeService Intake);
