using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Domain;

/// <summary>
/// Asserts that an action is refused with a <see cref="DomainException"/> and changes nothing: the record's
/// state, its history and the fields its transitions write are the same afterwards.
/// </summary>
internal static class Refused
{
    public static DomainException By(SupportRequest r, Action act) =>
        Unchanged(() => (r.Status, r.History.Count, r.AcknowledgedAt, r.DecidedAt, r.AcceptedAs, r.DeclineReason, r.WithdrawalReason, r.Title), act);

    public static DomainException By(PolicyBriefing b, Action act) =>
        Unchanged(() => (b.Status, b.History.Count, b.IsEscalated, b.DeliveredAt, b.CancellationReason, b.Recommendations, b.Title, b.EscalatedToTaskforceId), act);

    public static DomainException By(Taskforce t, Action act) =>
        Unchanged(() => (t.Status, t.History.Count, t.StartDate, t.EndDate, t.SuspensionReason, t.CancellationReason, t.IsListedPublicly,
            (t.Results, t.FinalReport, t.Summary, t.Title, Deliverables(t))), act);

    public static DomainException By(Roundtable r, Action act) =>
        Unchanged(() => (r.Status, r.History.Count, r.HeldOn, r.ReportedAt, r.CancellationReason, r.Participants.Count, r.Bottlenecks.Count,
            (r.Recommendations.Count, r.Title, r.Summary)), act);

    public static DomainException By(Meeting m, Action act) =>
        Unchanged(() => (m.Status, m.OutcomeStatus, m.History.Count, m.SubmittedAt, m.PublishedAt, m.CancellationReason, m.StartsAt,
            (m.Summary, m.Minutes, m.Attendees.Count, m.Decisions.Count, m.Recommendations.Count, ActionItems(m)),
            (m.Stakeholders.Count, m.ReturnReason, m.Title)), act);

    public static DomainException By(ExpertAssignment a, Action act) =>
        Unchanged(() => (a.Status, a.History.Count, a.RespondedAt, a.ReleasedAt, a.DeclineReason, a.ReleaseReason), act);

    private static DomainException Unchanged<TSnapshot>(Func<TSnapshot> snapshot, Action act)
    {
        var before = snapshot();
        var refusal = Assert.Throws<DomainException>(act);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.Equal(before, snapshot());
        return refusal;
    }

    private static string Deliverables(Taskforce t) =>
        string.Join(";", t.Deliverables.Select(d => $"{d.Title}={d.Status}/{d.DropReason}/{d.DeliveredAt:O}"));

    private static string ActionItems(Meeting m) =>
        string.Join(";", m.ActionItems.Select(i => $"{i.Text}={i.Status}/{i.ResolutionReason}/{i.ResolvedAt:O}"));
}
