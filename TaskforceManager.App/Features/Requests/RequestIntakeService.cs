using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features.Requests;

/// <summary>
/// Records a new support request: by the secretariat on a requester's behalf, or by a member-state contact for their
/// own country. The form is validated again here against the reference data as it is now.
/// </summary>
public sealed class RequestIntakeService(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    /// <summary>Countries, regions and themes a new request may use (archived ones are not offered).</summary>
    public async Task<IntakeOptions> OptionsAsync(CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OptionsAsync(db, viewer, ct);
    }

    /// <summary>Submits the request and returns its id; bad input comes back field by field, nothing saved.</summary>
    public async Task<int> SubmitAsync(IntakeForm form, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync();
        if (!viewer.IsSecretariat && !viewer.IsContact)
        {
            throw await access.NotAllowedAsync(viewer, nameof(SupportRequest), "new", "submit", "Only the secretariat and member-state contacts can submit support requests.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var options = await OptionsAsync(db, viewer, ct);
        await new IntakeFormValidator(options).ValidateAndThrowForFieldsAsync(form, ct);
        if (!AccessPolicy.CanSubmitRequestFor(viewer, form.CountryCode!, form.RegionId))
        {
            throw await access.NotAllowedAsync(viewer, nameof(SupportRequest), "new", "submit", "You can submit requests only for your own country and region.");
        }

        var channel = viewer.IsSecretariat ? RequestChannel.Secretariat : RequestChannel.Portal;
        var request = SupportRequest.Submit(form.ToDetails(), channel, viewer.Actor, clock.GetUtcNow());
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    private static async Task<IntakeOptions> OptionsAsync(AppDbContext db, Viewer viewer, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking()
            .Where(c => !c.IsArchived && (viewer.IsSecretariat || c.Code == viewer.CountryCode))
            .OrderBy(c => c.Name)
            .Select(c => new RequestChoice(c.Code, c.Name))
            .ToListAsync(ct);
        var codes = countries.Select(c => c.Value).ToList();
        var regions = await db.Regions.AsNoTracking()
            .Where(r => !r.IsArchived && codes.Contains(r.CountryCode) && (viewer.RegionId == null || r.Id == viewer.RegionId))
            .OrderBy(r => r.Name)
            .Select(r => new RegionChoice(r.Id, r.CountryCode, r.Name))
            .ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking()
            .Where(t => !t.IsArchived)
            .OrderBy(t => t.Name)
            .Select(t => new RequestChoice(t.Code, t.Name))
            .ToListAsync(ct);
        return new IntakeOptions(countries, regions, themes);
    }
}
