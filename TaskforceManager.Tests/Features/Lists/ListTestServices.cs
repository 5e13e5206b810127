using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Lists;

/// <summary>The list services as the app builds them, acting for one viewer on a test database.</summary>
internal sealed class ListTestServices
{
    public ListTestServices(TestDatabase database, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        Factory = new AppDbContextFactory(database.Options, user, database.Clock);
        Access = new AccessPolicy(user, Factory, database.Clock, NullLogger<AccessPolicy>.Instance);
        Taskforces = new TaskforceListService(Factory, Access);
        Roundtables = new RoundtableListService(Factory, Access);
        Briefings = new BriefingListService(Factory, Access);
        Meetings = new MeetingListService(Factory, Access, database.Clock);
        ActionItems = new ActionItemListService(Factory, Access, database.Clock);
    }

    public IDbContextFactory<AppDbContext> Factory { get; }
    public AccessPolicy Access { get; }
    public TaskforceListService Taskforces { get; }
    public RoundtableListService Roundtables { get; }
    public BriefingListService Briefings { get; }
    public MeetingListService Meetings { get; }
    public ActionItemListService ActionItems { get; }

    public static readonly Viewer Secretariat = Viewer.Secretariat("u-sec", "Sofia Secretariat");
    public static readonly Viewer SpanishContact = Viewer.Contact("u-es", "Miren (ES)", "ES", null);
    public static readonly Viewer NorwegianContact = Viewer.Contact("u-no", "Kari (NO)", "NO", null);

    /// <summary>The demo expert from the Netherlands, who leads several of the demo taskforces.</summary>
    public static async Task<Viewer> DutchExpertAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var id = await db.Experts.Where(e => e.Email == "expert.nl@demo.stemcoalition.eu").Select(e => e.Id).SingleAsync();
        return Viewer.ForExpert("u-nl", "Anna (NL)", id);
    }
}
