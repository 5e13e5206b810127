using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Reports;

/// <summary>Turns each report's data into a <see cref="ReportDocument"/>: the words, headings and tables of the report.</summary>
public static class ReportDocuments
{
    private const string NotYetWritten = "Not written yet.";

    public static ReportDocument Briefing(BriefingReportData b, DateOnly today) => new(
        ReportKind.Briefing,
        b.Title,
        $"Policy briefing for {b.Place}",
        today,
        new ReportFileName("briefing", b.Title, "document"),
        [
            new("Country or region", b.Place),
            .. Optional("Requesting organisation", b.RequestingOrganisation),
            new("Themes", string.Join(", ", b.Themes)),
            new("Status", ReportText.Status(b.Status)),
            .. Optional("Delivered on", ReportText.Date(b.DeliveredAt)),
            .. Optional(b.DeliveredAt is null ? "Due on" : null, ReportText.Date(b.DueOn)),
            .. Optional("Request", b.RequestReference),
        ],
        [
            new("Challenge", [new TextBlock(b.Challenge)]),
            new("Context", [Text(b.Context)]),
            new("Recommendations", [Text(b.Recommendations)]),
            new("Matched best practices",
            [
                new NoteBlock("Practices from the coalition's collection that share the briefing's themes, ranked by the matching: similar country, proven transfer to other countries, still running."),
                new TableBlock(Table("practices", "Matched best practices",
                    [new("Practice", Weight: 3), new("From"), new("Organisation", Weight: 3), new("Transferred to"), new("Why it fits", Weight: 4)],
                    b.Practices.Select(p => Row(p.Name, p.Country, p.Organisation, p.TransferredTo.Length == 0 ? "–" : p.TransferredTo, p.Why)),
                    "No practice in the collection shares the briefing's themes.")),
            ]),
            new("Authors",
            [
                .. b.OwnerName is { } owner ? [new TextBlock($"Coordinated for the {ReportDocument.Coalition} secretariat by {owner}.")] : Array.Empty<ReportBlock>(),
                new TableBlock(Table("authors", "Authors", [new("Name", Weight: 3), new("Organisation", Weight: 4), new("Role")],
                    b.Authors.Select(a => Row(a.Name, a.Organisation, ReportText.Status(a.Role))),
                    "No expert has accepted a place on this briefing yet.")),
            ]),
        ]);

    public static ReportDocument TaskforceProgress(TaskforceProgressData t) => new(
        ReportKind.TaskforceProgress,
        t.Title,
        "Taskforce progress report",
        t.Today,
        new ReportFileName("taskforce", t.Title, "progress"),
        [
            new("Country or region", t.Place),
            new("Host organisation", t.HostOrganisation),
            new("Status", ReportText.Status(t.Status)),
            .. Optional("Start date", ReportText.Date(t.StartDate)),
            .. Optional("End date", ReportText.Date(t.EndDate)),
            new("Themes", t.Themes.Count == 0 ? "–" : string.Join(", ", t.Themes)),
        ],
        [
            new("Summary", [Text(t.Summary), .. t.Background is { } background ? [new TextBlock(background)] : Array.Empty<ReportBlock>()]),
            new("Objectives", [new ListBlock(t.Objectives, "No objectives recorded yet.")]),
            new("Team", [new TableBlock(TeamTable("team", t.Team))]),
            new("Timeline of meetings",
            [
                new NoteBlock("Decisions, recommendations and action items below come from meeting logs submitted to the secretariat; logs still in draft are left out."),
                new TableBlock(MeetingsTable("meetings", t.Meetings, t.Today, withCase: false)),
            ]),
            new("Decisions", [new TableBlock(DecisionsTable("decisions", t.Decisions))]),
            new("Recommendations", [new TableBlock(RecommendationsTable("recommendations", t.Recommendations))]),
            new("Action items", [new TableBlock(ActionItemsTable("action-items", t.ActionItems))]),
            new("Deliverables", [new TableBlock(DeliverablesTable("deliverables", t.Deliverables))]),
            new("Roundtables convened", [new ListBlock(t.Roundtables.Select(r => $"{r.Title} ({ReportText.Status(r.Status).ToLowerInvariant()})").ToList())]),
            .. t.Results is null && t.FinalReport is null ? Array.Empty<ReportSection>() :
            [
                new ReportSection("Results", [Text(t.Results)], t.FinalReport is { } report ? [new ReportSection("Final report", [new TextBlock(report)])] : null),
            ],
        ]);

    public static ReportDocument Roundtable(RoundtableReportData r, DateOnly today)
    {
        var byType = r.ByStakeholderType;
        var where = r.Format switch
        {
            RoundtableFormat.Online => "Online",
            RoundtableFormat.Hybrid => r.Venue is null ? "Hybrid" : $"{r.Venue} and online",
            _ => r.Venue ?? "In person",
        };
        return new(
            ReportKind.Roundtable,
            r.Title,
            "Roundtable report",
            today,
            new ReportFileName("roundtable", r.Title, "report"),
            [
                new("Theme", r.Theme),
                new("Country", r.Place),
                .. Optional("Requested by", r.RequestedBy),
                .. Optional("Convened by the taskforce", r.Taskforce),
                new("Status", ReportText.Status(r.Status)),
                .. Optional(r.HeldOn is null ? "Planned for" : "Held on", ReportText.Date(r.HeldOn ?? r.PlannedOn)),
                new("Format and place", where),
            ],
            [
                new("Summary", [Text(r.Summary)]),
                new("Participants by stakeholder type",
                [
                    new TableBlock(Table("participants-by-type", "Participants by stakeholder type",
                        [new("Stakeholder type", Weight: 4), new("Organisations", ColumnKind.Number, Weight: 1), new("People", ColumnKind.Number, Weight: 1)],
                        [
                            .. byType.Select(x => Row(ReportText.Status(x.Type), x.Organisations, x.People)),
                            .. byType.Count == 0 ? Array.Empty<IReadOnlyList<object?>>() : [Row("Total", byType.Sum(x => x.Organisations), byType.Sum(x => x.People))],
                        ],
                        "No participants recorded yet.")),
                ],
                [
                    new("Participating organisations",
                    [
                        new TableBlock(Table("participants", "Participating organisations",
                            [new("Organisation", Weight: 4), new("Stakeholder type", Weight: 3), new("People", ColumnKind.Number, Weight: 1)],
                            r.Participants.Select(p => Row(p.Organisation, ReportText.Status(p.Type), p.People)),
                            "No participants recorded yet.")),
                    ]),
                ]),
                new("Bottlenecks", [new ListBlock(r.Bottlenecks, "No bottlenecks recorded yet.")]),
                new("Recommendations", [new TableBlock(RecommendationsTable("recommendations", r.Recommendations))]),
                new("Team", [new TableBlock(TeamTable("team", r.Team))]),
                new("Sessions", [new TableBlock(MeetingsTable("sessions", r.Sessions, today, withCase: false))]),
            ]);
    }

    public static ReportDocument CountryOverview(CountryOverviewData c) => new(
        ReportKind.CountryOverview,
        $"Country overview: {c.Place}",
        "Requests, cases, meetings and published outcomes, as the member-state contact sees them",
        c.Today,
        new ReportFileName("country", c.Place, "overview"),
        [
            new("Country or region", c.Place),
            new("Support requests", Count(c.Requests.Count)),
            new("Taskforces", Count(c.Taskforces.Count)),
            new("Upcoming meetings", Count(c.UpcomingMeetings.Count)),
        ],
        [
            new("Support requests",
            [
                new TableBlock(Table("requests", "Support requests",
                    [new("Reference"), new("Title", Weight: 4), new("Received", ColumnKind.Date), new("Status"), new("Hoped for"), new("What happens next", Weight: 4)],
                    c.Requests.Select(r => Row(r.Reference, r.Title, r.ReceivedOn, ReportText.Status(r.Status), ReportText.Status(r.HopedInstrument), NextStep(r))),
                    "No support requests yet.")),
            ]),
            new("Policy briefings",
            [
                new TableBlock(Table("briefings", "Policy briefings",
                    [new("Briefing", Weight: 5), new("Status"), new("Due on", ColumnKind.Date), new("Delivered on", ColumnKind.Date)],
                    c.Briefings.Select(b => Row(b.Title, ReportText.Status(b.Status), b.DueOn, b.DeliveredOn)),
                    "No policy briefings.")),
            ]),
            new("Taskforces",
                c.Taskforces.Count == 0 ? [new TextBlock("No taskforces.")] : [],
                c.Taskforces.Select(t => new ReportSection(t.Title,
                [
                    new FactsBlock([
                        new("Host organisation", t.HostOrganisation),
                        new("Status", ReportText.Status(t.Status)),
                        .. Optional("Start date", ReportText.Date(t.StartDate)),
                        .. Optional("End date", ReportText.Date(t.EndDate)),
                    ]),
                    .. t.Summary is { } summary ? [new TextBlock(summary)] : Array.Empty<ReportBlock>(),
                ],
                [
                    new("Objectives", [new ListBlock(t.Objectives, "No objectives recorded yet.")]),
                    new("Team", [new TableBlock(TeamTable($"taskforce-{t.Id}-team", t.Team, $"Team of {t.Title}"))]),
                    new("Deliverables", [new TableBlock(DeliverablesTable($"taskforce-{t.Id}-deliverables", t.Deliverables, $"Deliverables of {t.Title}"))]),
                ])).ToList()),
            new("Roundtables",
            [
                new TableBlock(Table("roundtables", "Roundtables",
                    [new("Roundtable", Weight: 4), new("Theme", Weight: 3), new("Status"), new("Date", ColumnKind.Date)],
                    c.Roundtables.Select(r => Row(r.Title, r.Theme, ReportText.Status(r.Status), r.HeldOn ?? r.PlannedOn)),
                    "No roundtables.")),
            ]),
            new("Upcoming meetings", [new TableBlock(MeetingsTable("upcoming-meetings", c.UpcomingMeetings, c.Today, withCase: true, upcoming: true))]),
            new("Published outcomes",
                [new NoteBlock("Meeting outcomes appear here once the secretariat has published them.")],
                [
                    new("Meetings with published outcomes", [new TableBlock(MeetingsTable("published-meetings", c.PublishedMeetings, c.Today, withCase: true))]),
                    new("Decisions", [new TableBlock(DecisionsTable("decisions", c.Decisions))]),
                    new("Recommendations", [new TableBlock(RecommendationsTable("recommendations", c.Recommendations))]),
                    new("Action items", [new TableBlock(ActionItemsTable("action-items", c.ActionItems))]),
                ]),
        ]);

    /// <param name="requests">The period's requests, for the .xlsx and .csv only; null when the report is shown or written as .docx.</param>
    public static ReportDocument Pipeline(PipelineData p, IReadOnlyList<PipelineRequestRow>? requests, int acknowledgementWorkingDays)
    {
        const int MaxBars = 15;
        var byStatus = Table("by-status", "Requests by status", [new("Status", Weight: 5), new("Requests", ColumnKind.Number, Weight: 1)],
            p.ByStatus.Select(x => Row(x.Label, x.Count)));
        var byCountry = Table("by-country", "Requests by country", [new("Country", Weight: 5), new("Requests", ColumnKind.Number, Weight: 1)],
            p.ByCountry.Select(x => Row(x.Label, x.Count)), "No requests in the period.");
        var byTheme = Table("by-theme", "Requests by theme", [new("Theme", Weight: 5), new("Requests", ColumnKind.Number, Weight: 1)],
            p.ByTheme.Select(x => Row(x.Label, x.Count)), "No requests in the period.");
        var stages = Table("stage-times", "Time in each stage (days)",
            [new("Stage", Weight: 4), new("Requests", ColumnKind.Number), new("Median days", ColumnKind.Days), new("90th percentile days", ColumnKind.Days)],
            p.Stages.Select(s => Row(s.Stage, s.Count, s.MedianDays, s.P90Days)));
        var period = $"{ReportText.Date(p.From)} to {ReportText.Date(p.To)}";
        return new(
            ReportKind.Pipeline,
            "Pipeline report",
            $"Support requests received from {period}",
            p.Today,
            new ReportFileName("pipeline", $"{ReportKinds.Iso(p.From)} to {ReportKinds.Iso(p.To)}", "report"),
            [
                new("Period", period),
                new("Requests received", Count(p.Received)),
                new("Acknowledgement target", $"{acknowledgementWorkingDays} working days"),
            ],
            [
                new("Requests by status", [new ChartBlock(byStatus, [1], $"Bar chart of the {Count(p.Received)} requests received in the period by status; the table below gives the figures.")]),
                new("Requests by country",
                [
                    new ChartBlock(byCountry, [1],
                        $"Bar chart of requests by country{(byCountry.Rows.Count > MaxBars ? $", the {MaxBars} countries with most requests" : string.Empty)}; the table below gives every country.",
                        MaxBars),
                ]),
                new("Requests by theme",
                [
                    new NoteBlock("A request can have several themes, so these counts can add up to more than the requests received."),
                    new ChartBlock(byTheme, [1], "Bar chart of requests by theme; the table below gives every theme.", MaxBars),
                ]),
                new("Cases opened in the period",
                [
                    new TableBlock(Table("cases", "Cases opened in the period", [new("Case type", Weight: 3), new("Status", Weight: 3), new("Cases", ColumnKind.Number, Weight: 1)],
                        p.Cases.Where(x => x.Count > 0).Select(x => Row(x.CaseType, x.Status, x.Count)), "No cases opened in the period.")),
                ]),
                new("Time in each stage",
                [
                    new NoteBlock("Days from the receipt of each request received in the period to its acknowledgement, to the delivery of the briefing opened from it, " +
                        "and to the activation of the taskforce it led to (directly or through a briefing). The median and the 90th percentile are interpolated " +
                        "between the closest values, as Excel's PERCENTILE.INC does; requests that have not reached a stage are not counted for it."),
                    new ChartBlock(stages, [2, 3], "Bar chart of the median and 90th percentile days per stage; the table below gives the figures."),
                ]),
                new("Overdue on " + ReportText.Date(p.Today),
                    [new NoteBlock($"Everything overdue on the day of the report, whenever it was received. Up to {PipelineReportService.OverdueListed} of each kind are listed, longest overdue first.")],
                    [
                        new("Requests awaiting acknowledgement", [.. OverdueNote(p.OverdueRequests.Total, "request"), new TableBlock(Table("overdue-requests", "Requests awaiting acknowledgement",
                            [new("Reference"), new("Title", Weight: 4), new("Country"), new("Received", ColumnKind.Date), new("Due", ColumnKind.Date)],
                            p.OverdueRequests.Oldest.Select(r => Row(r.Reference, r.Title, r.Country, r.ReceivedOn, r.DueOn)), "No request is waiting past its due date."))]),
                        new("Briefings past their due date", [.. OverdueNote(p.OverdueBriefings.Total, "briefing"), new TableBlock(Table("overdue-briefings", "Briefings past their due date",
                            [new("Briefing", Weight: 4), new("Country"), new("Status"), new("Due", ColumnKind.Date)],
                            p.OverdueBriefings.Oldest.Select(b => Row(b.Title, b.Country, ReportText.Status(b.Status), b.DueOn)), "No briefing is past its due date."))]),
                        new("Action items past their due date", [.. OverdueNote(p.OverdueActionItems.Total, "action item"), new TableBlock(Table("overdue-action-items", "Action items past their due date",
                            [new("Action", Weight: 4), new("Owner", Weight: 2), new("Due", ColumnKind.Date), new("Meeting", Weight: 3), new("Case", Weight: 3)],
                            p.OverdueActionItems.Oldest.Select(i => Row(i.Text, i.Owner, i.DueOn, i.Meeting, i.Case)), "No open action item is past its due date."))]),
                        new("Deliverables past their due date", [.. OverdueNote(p.OverdueDeliverables.Total, "deliverable"), new TableBlock(Table("overdue-deliverables", "Deliverables past their due date",
                            [new("Taskforce", Weight: 3), new("Deliverable", Weight: 4), new("Status"), new("Due", ColumnKind.Date)],
                            p.OverdueDeliverables.Oldest.Select(d => Row(d.Taskforce, d.Title, ReportText.Status(d.Status), d.DueOn)), "No deliverable is past its due date."))]),
                    ]),
            ],
            requests is null ? null :
            [
                Table("requests", "Requests received in the period",
                    [new("Reference"), new("Title", Weight: 4), new("Country"), new("Themes", Weight: 3), new("Urgency"), new("Status"),
                     new("Received", ColumnKind.Date), new("Acknowledged", ColumnKind.Date), new("Decided", ColumnKind.Date), new("Accepted as")],
                    requests.Select(r => Row(r.Reference, r.Title, r.Country, r.Themes, ReportText.Status(r.Urgency), ReportText.Status(r.Status),
                        r.ReceivedOn, r.AcknowledgedOn, r.DecidedOn, r.AcceptedAs is { } k ? ReportText.Status(k) : null)),
                    "No requests in the period."),
            ]);
    }

    private static IEnumerable<ReportBlock> OverdueNote(int total, string what) => total == 0 ? [] :
    [
        new NoteBlock(total > PipelineReportService.OverdueListed
            ? $"{Count(total)} {what}s are overdue; the {PipelineReportService.OverdueListed} longest overdue are listed."
            : $"{Count(total)} {what}{(total == 1 ? " is" : "s are")} overdue."),
    ];

    private static string NextStep(OverviewRequest r) => r.Status switch
    {
        SupportRequestStatus.Submitted => $"Acknowledgement due by {ReportText.Date(r.AcknowledgementDueOn)}",
        SupportRequestStatus.InReview => $"Under review since {ReportText.Date(r.AcknowledgedOn)}",
        SupportRequestStatus.Accepted => r.AcceptedAs is { } kind ? $"Accepted as a {Words.Of(kind)}" : "Accepted",
        SupportRequestStatus.Declined => $"Declined: {r.DeclineReason}",
        _ => "Withdrawn",
    };

    private static ReportTable TeamTable(string key, IReadOnlyList<TeamMember> team, string title = "Team") =>
        Table(key, title, [new("Name", Weight: 3), new("Organisation", Weight: 4), new("Role"), new("Since", ColumnKind.Date)],
            team.Select(m => Row(m.Name, m.Organisation, ReportText.Status(m.Role), m.Since is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : null)),
            "No expert has accepted a place yet.");

    private static ReportTable MeetingsTable(string key, IReadOnlyList<ReportMeeting> meetings, DateOnly today, bool withCase, bool upcoming = false)
    {
        List<ReportColumn> columns = [new("Date", ColumnKind.Date), new("Meeting", Weight: 3), .. withCase ? [new ReportColumn("Case", Weight: 3)] : Array.Empty<ReportColumn>(), new("Where", Weight: 3)];
        if (!upcoming)
        {
            columns.Add(new("Outcomes", Weight: 2));
            columns.Add(new("Summary", Weight: 4));
        }

        return Table(key, upcoming ? "Upcoming meetings" : "Meetings", columns, meetings.Select(m =>
        {
            List<object?> row = [LocalDay(m), m.Title, .. withCase ? [m.Case] : Array.Empty<object?>(), m.Where];
            if (!upcoming)
            {
                row.Add(m.Status == MeetingStatus.Cancelled ? "Meeting cancelled"
                    : m.OutcomeStatus == OutcomeStatus.NotLogged && LocalDay(m) >= today ? "Upcoming"
                    : ReportText.Status(m.OutcomeStatus));
                row.Add(m.Summary);
            }

            return (IReadOnlyList<object?>)row;
        }), upcoming ? "No meetings planned." : "No meetings yet.");
    }

    private static ReportTable DecisionsTable(string key, IReadOnlyList<ReportDecision> decisions) =>
        Table(key, "Decisions", [new("Date", ColumnKind.Date), new("Meeting", Weight: 3), new("Decision", Weight: 6)],
            decisions.Select(d => Row(DateOnly.FromDateTime(d.MeetingStartsAt.UtcDateTime), d.Meeting, d.Text)), "No decisions recorded.");

    private static ReportTable RecommendationsTable(string key, IReadOnlyList<ReportRecommendation> recommendations)
    {
        var fromMeetings = recommendations.Any(r => r.Meeting is not null);
        var withPractice = recommendations.Any(r => r.Practice is not null);
        List<ReportColumn> columns =
        [
            .. fromMeetings ? [new ReportColumn("Date", ColumnKind.Date), new ReportColumn("Meeting", Weight: 3)] : Array.Empty<ReportColumn>(),
            new("Recommendation", Weight: 7),
            .. withPractice ? [new ReportColumn("Best practice", Weight: 2)] : Array.Empty<ReportColumn>(),
        ];
        return Table(key, "Recommendations", columns, recommendations.Select(r => (IReadOnlyList<object?>)
        [
            .. fromMeetings ? [r.MeetingStartsAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null, r.Meeting] : Array.Empty<object?>(),
            r.Text,
            .. withPractice ? [r.Practice] : Array.Empty<object?>(),
        ]), "No recommendations recorded.");
    }

    private static ReportTable ActionItemsTable(string key, IReadOnlyList<ReportActionItem> items) =>
        Table(key, "Action items",
            [new("Action", Weight: 5), new("Owner", Weight: 2), new("Due", ColumnKind.Date), new("Status"), new("Meeting", Weight: 3)],
            items.OrderBy(i => i.Status != ActionItemStatus.Open).ThenBy(i => i.DueOn ?? DateOnly.MaxValue)
                .Select(i => Row(i.Text, i.Owner, i.DueOn, i.IsOverdue ? "Open, overdue" : ReportText.Status(i.Status), i.Meeting)),
            "No action items.");

    private static ReportTable DeliverablesTable(string key, IReadOnlyList<ReportDeliverable> deliverables, string title = "Deliverables") =>
        Table(key, title,
            [new("Deliverable", Weight: 5), new("Due", ColumnKind.Date), new("Status", Weight: 2), new("Delivered on", ColumnKind.Date)],
            deliverables.Select(d => Row(d.Title, d.DueOn, d.IsOverdue ? $"{ReportText.Status(d.Status)}, overdue" : ReportText.Status(d.Status),
                d.DeliveredAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null)),
            "No deliverables defined.");

    /// <summary>The day a meeting takes place where it is held.</summary>
    private static DateOnly LocalDay(ReportMeeting m) =>
        DateOnly.FromDateTime(TimeZoneInfo.TryFindSystemTimeZoneById(m.TimeZoneId, out var zone)
            ? TimeZoneInfo.ConvertTime(m.StartsAt, zone).DateTime
            : m.StartsAt.UtcDateTime);

    private static ReportTable Table(string key, string title, IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, string emptyText = "None.") =>
        new(key, title, columns, rows.ToList(), emptyText);

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static ReportBlock Text(string? text) => string.IsNullOrWhiteSpace(text) ? new NoteBlock(NotYetWritten) : new TextBlock(text);

    private static IEnumerable<ReportFact> Optional(string? label, string? value) =>
        label is null || string.IsNullOrWhiteSpace(value) ? [] : [new ReportFact(label, value)];

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
