using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Matching;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The matching services over a test database, acting for one viewer.</summary>
public static class MatchingServices
{
    public static SuggestionService SuggestionsFor(TestDatabase database, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(database.Options, user, database.Clock);
        var access = new AccessPolicy(user, factory, database.Clock, NullLogger<AccessPolicy>.Instance);
        return new SuggestionService(factory, access, database.Clock);
    }

    public static ExpertDirectoryService DirectoryFor(TestDatabase database, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(database.Options, user, database.Clock);
        var access = new AccessPolicy(user, factory, database.Clock, NullLogger<AccessPolicy>.Instance);
        return new ExpertDirectoryService(factory, access, new RecordWork(factory, access, database.Clock), database.Clock);
    }
}
