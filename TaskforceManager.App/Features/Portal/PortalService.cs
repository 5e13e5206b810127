using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Portal;

/// <summary>
/// The member-state portal: a contact's own country's requests and cases, read only through the access policy's scopes
/// and projected to what a contact may see (public timeline, team names and roles, published outcomes and reports;
/// never internal notes, owners, audit details or experts' contact data). Anything outside the scope reads "not found".
/// </summary>
public sealed class PortalService(
    IDbContextFactory<AppDbContext> dbFactory,
    AccessPolicy access,
    AcknowledgementPolicy policy,
    RequestIntakeService intake,
    CaseCommentService comments,
    TimeProvider clock)
{
    public const string DocumentsField = "Documents";

    /// <summary>The contact's country's requests and cases, newest first, each with its status and next step.</summary>
    public async Task<PortalHome> HomeAsync(CancellationToken ct = default)
    {
        var v = await RequireContactAsync("read the portal of");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == v.CountryCode).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? v.CountryCode!;

        var requests = await access.Requests(db, v).AsNoTracking().ToListAsync(ct);
        var briefings = await access.Briefings(db, v).AsNoTracking().ToListAsync(ct);
        var taskforces = await access.Taskforces(db, v).AsNoTracking().ToListAsync(ct);
        var roundtables = await access.Roundtables(db, v).AsNoTracking().ToListAsync(ct);
        var upcoming = await access.Meetings(db, v).AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled)
            .Select(m => new { m.TaskforceId, m.RoundtableId, m.Title, m.StartsAt })
            .ToListAsync(ct);
        PortalMeeting? NextOf(int? taskforceId, int? roundtableId) => upcoming
            .Where(m => m.StartsAt > now && ((taskforceId != null && m.TaskforceId == taskforceId) || (roundtableId != null && m.RoundtableId == roundtableId)))
            .OrderBy(m => m.StartsAt).Select(m => new PortalMeeting(m.Title, m.StartsAt)).FirstOrDefault();

        var cases = briefings.Select(b => Item(b, null))
            .Concat(taskforces.Select(t => Item(t, NextOf(t.Id, null))))
            .Concat(roundtables.Select(r => Item(r, NextOf(null, r.Id))))
            .OrderByDescending(i => i.Since)
            .ToList();
        return new PortalHome(country, requests.Select(RequestItem).OrderByDescending(i => i.Since).ToList(), cases);
    }

    /// <summary>One of the contact's country's requests, with its public timeline.</summary>
    public async Task<PortalRequestView> RequestAsync(int id, CancellationToken ct = default)
    {
        var v = await RequireContactAsync("read the request", id);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Tracked, so its version (for a withdrawal) can be read; the context lives for this call only.
        var r = await access.SingleVisibleAsync(access.Requests(db, v), x => x.Id == id, v, id, "read in the portal", ct);
        var region = r.RegionId is { } regionId ? await db.Regions.AsNoTracking().Where(x => x.Id == regionId).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == r.CountryCode).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? r.CountryCode;
        var codes = r.ThemeCodes.ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, ct);

        var cases = new List<PortalItem>();
        cases.AddRange((await access.Briefings(db, v).AsNoTracking().Where(b => b.SupportRequestId == id).ToListAsync(ct)).Select(b => Item(b, null)));
        cases.AddRange((await access.Taskforces(db, v).AsNoTracking().Where(t => t.SupportRequestId == id).ToListAsync(ct)).Select(t => Item(t, null)));
        cases.AddRange((await access.Roundtables(db, v).AsNoTracking().Where(x => x.SupportRequestId == id).ToListAsync(ct)).Select(x => Item(x, null)));

        var item = RequestItem(r);
        var isOpen = r.Status is SupportRequestStatus.Submitted or SupportRequestStatus.InReview;
        return new PortalRequestView(
            r.Id, r.Reference, r.Title, item.Status, item.NextStep, item.AcknowledgementDueOn, r.RequestingOrganisation, r.ContactName,
            region is null ? country : $"{region}, {country}", r.ThemeCodes.Select(c => themes.GetValueOrDefault(c, c)).ToList(), r.Challenge,
            Words.Capitalised(Words.Of(r.HopedInstrument)), Words.Capitalised(Words.Of(r.Urgency)),
            RequestTimeline(r), cases,
            r.Can(SupportRequestAction.Withdraw) && AccessPolicy.CanWithdrawRequest(v, r), isOpen, db.VersionOf(r));
    }

    /// <summary>One of the contact's country's briefings, taskforces or roundtables: timeline, team, published outcomes and report.</summary>
    public async Task<PortalCaseView> CaseAsync(CaseSubject subject, int id, CancellationToken ct = default)
    {
        var v = await RequireContactAsync("read the case", id);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        switch (subject)
        {
            case CaseSubject.PolicyBriefing:
            {
                var b = await access.SingleVisibleAsync(access.Briefings(db, v).AsNoTracking(), x => x.Id == id, v, id, "read in the portal", ct);
                var item = Item(b, null);
                var report = b.IsReportPublished && b.ReportPublishedAt is { } at ? new PortalReport(at, b.Recommendations ?? string.Empty) : null;
                return new PortalCaseView(subject, b.Id, item.Kind, b.Title, item.Status, item.NextStep, null,
                    CaseTimeline(b.History, Enum.GetNames<PolicyBriefingStatus>(), [], report), await TeamAsync(db, v, CaseKind.PolicyBriefing, b.Id, ct), [], report,
                    b.Status is PolicyBriefingStatus.Draft or PolicyBriefingStatus.InReview, RequestHref(b.SupportRequestId));
            }

            case CaseSubject.Taskforce:
            {
                var t = await access.SingleVisibleAsync(access.Taskforces(db, v).AsNoTracking(), x => x.Id == id, v, id, "read in the portal", ct);
                var meetings = await access.Meetings(db, v).AsNoTracking().Where(m => m.TaskforceId == id).ToListAsync(ct);
                var next = NextMeeting(meetings, now);
                var item = Item(t, next);
                var text = t.FinalReport ?? t.Results;
                var report = t.IsReportPublished && t.ReportPublishedAt is { } at ? new PortalReport(at, text ?? string.Empty) : null;
                return new PortalCaseView(subject, t.Id, item.Kind, t.Title, item.Status, item.NextStep, next,
                    CaseTimeline(t.History, Enum.GetNames<TaskforceStatus>(), meetings.Where(m => m.StartsAt <= now).ToList(), report), await TeamAsync(db, v, CaseKind.Taskforce, t.Id, ct),
                    Outcomes(v, meetings), report, t.Status is TaskforceStatus.Proposed or TaskforceStatus.Active or TaskforceStatus.Suspended,
                    RequestHref(t.SupportRequestId));
            }

            default:
            {
                var r = await access.SingleVisibleAsync(access.Roundtables(db, v).AsNoTracking(), x => x.Id == id, v, id, "read in the portal", ct);
                var meetings = await access.Meetings(db, v).AsNoTracking().Where(m => m.RoundtableId == id).ToListAsync(ct);
                var next = NextMeeting(meetings, now);
                var item = Item(r, next);
                var report = r.IsReportPublished && r.ReportPublishedAt is { } at ? new PortalReport(at, r.Summary ?? string.Empty) : null;
                return new PortalCaseView(CaseSubject.Roundtable, r.Id, item.Kind, r.Title, item.Status, item.NextStep, next,
                    CaseTimeline(r.History, Enum.GetNames<RoundtableStatus>(), meetings.Where(m => m.StartsAt <= now).ToList(), report), await TeamAsync(db, v, CaseKind.Roundtable, r.Id, ct),
                    Outcomes(v, meetings), report, r.Status is RoundtableStatus.Planned or RoundtableStatus.Held, RequestHref(r.SupportRequestId));
            }
        }
    }

    /// <summary>
    /// Submits a request for the contact's own country, with optional documents. The documents are checked first, so a
    /// refused document leaves no request behind; the request itself goes through the intake service (same validator).
    /// </summary>
    public async Task<int> SubmitAsync(IntakeForm form, IReadOnlyList<UploadedDocument> documents, CancellationToken ct = default)
    {
        var v = await RequireContactAsync("submit a request for");
        var buffered = new List<(string Name, byte[] Bytes)>();
        var errors = new List<(string Field, string Message)>();
        foreach (var document in documents)
        {
            var bytes = await ReadAtMostAsync(document.Content, Attachment.MaxBytes + 1, ct);
            try
            {
                Attachment.Accept(CaseSubject.SupportRequest, 0, document.FileName, bytes.LongLength, bytes.AsSpan(0, Math.Min(8, bytes.Length)), string.Empty, v.Actor, clock.GetUtcNow());
                buffered.Add((document.FileName, bytes));
            }
            catch (DomainException ex)
            {
                errors.Add((DocumentsField, ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var id = await intake.SubmitAsync(form, ct);
        foreach (var (name, bytes) in buffered)
        {
            await using var stream = new MemoryStream(bytes);
            await comments.AddAsync(CaseSubject.SupportRequest, id, "Attached to the request when it was submitted.", new UploadedDocument(name, stream), ct);
        }

        return id;
    }

    /// <summary>What the confirmation page shows: the reference number and the acknowledgement due date.</summary>
    public async Task<PortalSubmission> SubmissionAsync(int id, CancellationToken ct = default)
    {
        var v = await RequireContactAsync("read the request", id);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await access.SingleVisibleAsync(access.Requests(db, v).AsNoTracking(), x => x.Id == id, v, id, "read in the portal", ct);
        var documents = await db.Attachments.AsNoTracking()
            .Where(a => a.Subject == CaseSubject.SupportRequest && a.SubjectId == id)
            .OrderBy(a => a.UploadedAt).Select(a => a.FileName).ToListAsync(ct);
        return new PortalSubmission(r.Id, r.Reference, r.Title, r.AcknowledgementDueOn(policy), documents);
    }

    private async Task<Viewer> RequireContactAsync(string action, object? key = null)
    {
        var v = await access.ViewerAsync();
        if (!v.IsContact)
        {
            throw await access.NotFoundAsync(v, "Portal", key ?? "home", action);
        }

        return v;
    }

    private PortalItem RequestItem(SupportRequest r)
    {
        var due = r.AcknowledgementDueOn(policy);
        var (status, next) = r.Status switch
        {
            SupportRequestStatus.Submitted => ("Received, waiting for acknowledgement",
                $"The secretariat will acknowledge it by {RequestDisplay.Day(due)} and then review it."),
            SupportRequestStatus.InReview => ("Acknowledged, under review",
                "The secretariat is reviewing it and will decide which kind of support fits best."),
            SupportRequestStatus.Accepted => ($"Accepted as {Words.Of(r.AcceptedAs ?? CaseKind.PolicyBriefing)}",
                "The work goes on in the case opened for it: follow it there."),
            SupportRequestStatus.Declined => ("Declined", r.DeclineReason ?? "The secretariat declined it."),
            _ => ("Withdrawn", "Nothing more will happen with this request."),
        };
        return new PortalItem("Request", r.Reference, r.Title, status, next,
            r.Status == SupportRequestStatus.Submitted ? due : null, null, $"/portal/requests/{r.Id}", r.ReceivedAt);
    }

    private static PortalItem Item(PolicyBriefing b, PortalMeeting? _)
    {
        var next = b.Status switch
        {
            PolicyBriefingStatus.Draft => b.DueOn is { } d ? $"The experts are drafting the briefing, due {RequestDisplay.Day(d)}." : "The experts are drafting the briefing.",
            PolicyBriefingStatus.InReview => "The briefing is being reviewed before delivery.",
            PolicyBriefingStatus.Delivered => b.IsReportPublished ? "Delivered: read the published briefing." : "Delivered; the secretariat will publish it here.",
            _ => "This briefing was cancelled.",
        };
        return new PortalItem("Policy briefing", $"Briefing {b.Id}", b.Title, Words.Capitalised(Words.Of(b.Status)), next, null, null,
            $"/portal/cases/briefing/{b.Id}", b.CreatedAt);
    }

    private static PortalItem Item(Taskforce t, PortalMeeting? meeting)
    {
        var next = meeting is not null
            ? $"Next meeting: {meeting.Title}, {RequestDisplay.DayAndTime(meeting.StartsAt)}."
            : t.Status switch
            {
                TaskforceStatus.Proposed => "The secretariat is forming the team; the taskforce starts once its lead expert is in place.",
                TaskforceStatus.Active => "The taskforce is at work; its next meeting has not been scheduled yet.",
                TaskforceStatus.Suspended => "The taskforce is paused for now.",
                TaskforceStatus.Concluded => t.IsReportPublished ? "Concluded: read the published report." : "Concluded; the secretariat will publish the report here.",
                _ => "This taskforce was cancelled.",
            };
        return new PortalItem("Taskforce", $"Taskforce {t.Id}", t.Title, Words.Capitalised(Words.Of(t.Status)), next, null, meeting,
            $"/portal/cases/taskforce/{t.Id}", t.CreatedAt);
    }

    private static PortalItem Item(Roundtable r, PortalMeeting? meeting)
    {
        var next = meeting is not null
            ? $"Next meeting: {meeting.Title}, {RequestDisplay.DayAndTime(meeting.StartsAt)}."
            : r.Status switch
            {
                RoundtableStatus.Planned => r.PlannedOn is { } d ? $"Planned for {RequestDisplay.Day(d)}." : "Being planned.",
                RoundtableStatus.Held => "Held; the findings are being written up.",
                RoundtableStatus.Reported => r.IsReportPublished ? "Reported: read the published findings." : "Reported; the secretariat will publish the findings here.",
                _ => "This roundtable was cancelled.",
            };
        return new PortalItem("Roundtable", $"Roundtable {r.Id}", r.Title, Words.Capitalised(Words.Of(r.Status)), next, null, meeting,
            $"/portal/cases/roundtable/{r.Id}", r.CreatedAt);
    }

    /// <summary>Only the steps that change where the request stands; owners and edits are the secretariat's business.</summary>
    private static IReadOnlyList<PortalEvent> RequestTimeline(SupportRequest r) =>
        r.History.Where(h => h.ToState is not null)
            .Select(h => h.Action switch
            {
                "Submitted" => new PortalEvent(h.At, "Received", null),
                "Declined" or "Withdrawn" => new PortalEvent(h.At, h.Action, h.Reason),
                _ => new PortalEvent(h.At, h.Action, null),
            })
            .OrderBy(e => e.At)
            .ToList();

    /// <summary>The case's own status changes (not its deliverables' or other internal steps), meetings held and publications.</summary>
    private static IReadOnlyList<PortalEvent> CaseTimeline(IReadOnlyList<HistoryEntry> history, string[] statuses, IReadOnlyList<Meeting> pastMeetings, PortalReport? report)
    {
        var events = history.Where(h => h.ToState is not null && statuses.Contains(h.ToState)).Select(h => new PortalEvent(h.At, h.Action, null))
            .Concat(pastMeetings.Where(m => m.Status == MeetingStatus.Scheduled).Select(m => new PortalEvent(m.StartsAt, "Meeting held", m.Title)))
            .Concat(pastMeetings.Where(m => m.IsPublished && m.PublishedAt is not null).Select(m => new PortalEvent(m.PublishedAt!.Value, "Outcomes published", m.Title)));
        if (report is not null)
        {
            events = events.Append(new PortalEvent(report.PublishedAt, "Report published", null));
        }

        return events.OrderBy(e => e.At).ToList();
    }

    private static List<PortalOutcome> Outcomes(Viewer v, IEnumerable<Meeting> meetings) =>
        meetings.Where(m => m.Status == MeetingStatus.Scheduled && AccessPolicy.CanSeeOutcomes(v, m.OutcomeStatus) && m.IsPublished)
            .OrderByDescending(m => m.StartsAt)
            .Select(m => new PortalOutcome(m.Title, m.StartsAt, m.Summary, m.Decisions.Select(d => d.Text).ToList(),
                m.Recommendations.Select(r => r.Text).ToList()))
            .ToList();

    private static PortalMeeting? NextMeeting(IEnumerable<Meeting> meetings, DateTimeOffset now) =>
        meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt > now).OrderBy(m => m.StartsAt)
            .Select(m => new PortalMeeting(m.Title, m.StartsAt)).FirstOrDefault();

    /// <summary>The accepted team: names, organisations and roles only.</summary>
    private async Task<IReadOnlyList<PortalTeamMember>> TeamAsync(AppDbContext db, Viewer v, CaseKind kind, int id, CancellationToken ct)
    {
        var team = await access.Assignments(db, v).AsNoTracking()
            .Where(a => a.CaseKind == kind && a.CaseId == id && a.Status == AssignmentStatus.Accepted)
            .Join(access.Experts(db, v), a => a.ExpertId, e => e.Id, (a, e) => new { a.Role, e.FullName, e.OrganisationId })
            .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x.Role, x.FullName, Organisation = o.Name })
            .ToListAsync(ct);
        return team.OrderBy(x => x.Role).ThenBy(x => x.FullName)
            .Select(x => new PortalTeamMember(x.FullName, x.Organisation, Words.Capitalised(Words.Of(x.Role)))).ToList();
    }

    private static string? RequestHref(int? requestId) => requestId is { } id ? $"/portal/requests/{id}" : null;

    private static async Task<byte[]> ReadAtMostAsync(Stream from, long limit, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await from.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), ct)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
            total += read;
        }

        return buffer.ToArray();
    }
}
