using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>The report services as the app wires them, for one viewer; the audit actor is that viewer.</summary>
internal static class ReportServices
{
    public static ReportService For(TestDatabase database, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(database.Options, user, database.Clock);
        var access = new AccessPolicy(user, factory, database.Clock, NullLogger<AccessPolicy>.Instance);
        var policy = AcknowledgementPolicy.Default;
        return new ReportService(
            factory,
            access,
            new BriefingReportService(factory, access),
            new TaskforceProgressReportService(factory, access, database.Clock),
            new RoundtableReportService(factory, access),
            new CountryOverviewReportService(factory, access, policy, database.Clock),
            new PipelineReportService(factory, access, policy, database.Clock),
            policy,
            database.Clock);
    }

    public static PipelineReportService PipelineFor(TestDatabase database, Viewer viewer)
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(database.Options, user, database.Clock);
        var access = new AccessPolicy(user, factory, database.Clock, NullLogger<AccessPolicy>.Instance);
        return new PipelineReportService(factory, access, AcknowledgementPolicy.Default, database.Clock);
    }

    /// <summary>The refusals written to the audit log about "Entity/key", newest last.</summary>
    public static async Task<List<AuditEntry>> RefusalsAsync(TestDatabase database, string subject)
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Operation == AuditOperation.SecurityEvent && a.Field == "AccessRefused" && a.EntityKey == subject)
            .OrderBy(a => a.Id)
            .ToListAsync();
    }
}
