using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Taskforces;
using static TaskforceManager.App.Data.Seeding.SeedSet;

namespace TaskforceManager.App.Data.Seeding;

internal sealed partial class SeedRun
{
    private readonly Dictionary<string, (RequestSeed Seed, SupportRequest Request, SeedScope Scope)> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AcceptedCase> _openedCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedRequests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (BriefingSeed Seed, PolicyBriefing Briefing, SeedScope Scope)> _briefings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Taskforce> _escalated = new(StringComparer.Ordinal);

    private void SubmitRequests()
    {
        foreach (var (seed, i) in seeds.Requests.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(RequestsFile, "request", seed.Key, i);
            var key = scope.Required(seed.Key, "key");
            if (_requests.ContainsKey(key))
            {
                throw scope.Error("the key is used twice.");
            }

            var country = CountryCode(seed.Country, scope, "country");
            var details = new SupportRequestDetails(
                scope.Required(seed.Title, "title"),
                country,
                RegionId(country, seed.Region, scope),
                scope.Required(seed.RequestingOrganisation, "requestingOrganisation"),
                scope.Required(seed.ContactName, "contactName"),
                scope.Required(seed.ContactEmail, "contactEmail"),
                ThemeCodes(seed.Themes, scope),
                scope.Required(seed.Challenge, "challenge"),
                scope.Enum<HopedInstrument>(seed.HopedInstrument, "hopedInstrument"),
                scope.Enum<Urgency>(seed.Urgency, "urgency"));
            var channel = scope.Enum<RequestChannel>(seed.Channel, "channel");
            var submittedBy = channel == RequestChannel.Portal ? ContactActor(seed, scope) : secretariat;
            var request = scope.Do(() => SupportRequest.Submit(details, channel, submittedBy, time.At(seed.ReceivedAt, scope, "receivedAt"),
                scope.Flag(seed.IsDemo, "isDemo")));

            var steps = new List<Step>();
            if (time.OptionalAt(seed.OwnerAssignedAt, scope, "ownerAssignedAt") is { } owned)
            {
                steps.Add(new(owned, scope, () => request.AssignOwner(secretariat, secretariat, owned)));
            }

            if (time.OptionalAt(seed.AcknowledgedAt, scope, "acknowledgedAt") is { } acknowledged)
            {
                steps.Add(new(acknowledged, scope, () => request.Acknowledge(secretariat, acknowledged)));
            }

            RunInOrder(steps);
            scope.Do(() => request.SetInternalNotes(seed.InternalNotes));
            _requests[key] = (seed, request, scope);
            db.SupportRequests.Add(request);
        }
    }

    /// <summary>Accepting opens the case, so it needs the request's id: this runs after the requests are saved.</summary>
    private void DecideRequests()
    {
        foreach (var (key, (seed, request, scope)) in _requests)
        {
            var outcomes = new[] { seed.AcceptedAt, seed.DeclinedAt, seed.WithdrawnAt }.Count(o => !string.IsNullOrWhiteSpace(o));
            if (outcomes > 1)
            {
                throw scope.Error("give at most one of acceptedAt, declinedAt and withdrawnAt.");
            }

            if (!string.IsNullOrWhiteSpace(seed.AcceptedAt))
            {
                var instrument = scope.Enum<CaseKind>(seed.AcceptedAs, "acceptedAs");
                var opened = scope.Do(() => request.Accept(instrument, secretariat, time.At(seed.AcceptedAt, scope, "acceptedAt")));
                _openedCases[key] = opened;
                if (opened.Briefing is not null)
                {
                    db.PolicyBriefings.Add(opened.Briefing);
                }

                if (opened.Taskforce is not null)
                {
                    db.Taskforces.Add(opened.Taskforce);
                }

                if (opened.Roundtable is not null)
                {
                    db.Roundtables.Add(opened.Roundtable);
                }
            }
            else if (!string.IsNullOrWhiteSpace(seed.AcceptedAs))
            {
                throw scope.Error("'acceptedAs' is given without 'acceptedAt'.");
            }

            if (!string.IsNullOrWhiteSpace(seed.DeclinedAt))
            {
                scope.Do(() => request.Decline(seed.DeclineReason!, secretariat, time.At(seed.DeclinedAt, scope, "declinedAt")));
            }

            if (!string.IsNullOrWhiteSpace(seed.WithdrawnAt))
            {
                scope.Do(() => request.Withdraw(seed.WithdrawalReason, ContactActor(seed, scope), time.At(seed.WithdrawnAt, scope, "withdrawnAt")));
            }
        }
    }

    /// <summary>The case a request opened when it was accepted; each such case is described by exactly one record.</summary>
    private AcceptedCase ClaimOpenedCase(string requestKey, CaseKind kind, SeedScope scope)
    {
        if (!_requests.ContainsKey(requestKey))
        {
            throw scope.Error($"fromRequest '{requestKey}' is not a request in {RequestsFile}.");
        }

        if (!_openedCases.TryGetValue(requestKey, out var opened) || _requests[requestKey].Request.AcceptedAs != kind)
        {
            throw scope.Error($"request '{requestKey}' was not accepted as a {Words.Of(kind)}; set its acceptedAs to {kind}.");
        }

        if (!_claimedRequests.Add(requestKey))
        {
            throw scope.Error($"request '{requestKey}' already has its case in another record.");
        }

        return opened;
    }

    private void CheckEveryAcceptedRequestHasItsCase()
    {
        foreach (var key in _openedCases.Keys.Where(k => !_claimedRequests.Contains(k)))
        {
            var (_, request, scope) = _requests[key];
            var file = request.AcceptedAs switch
            {
                CaseKind.PolicyBriefing => BriefingsFile,
                CaseKind.Taskforce => TaskforcesFile,
                _ => RoundtablesFile,
            };
            throw scope.Error($"the request was accepted as a {Words.Of(request.AcceptedAs!.Value)}, but {file} has no record with fromRequest '{key}'.");
        }
    }

    private static Actor ContactActor(RequestSeed seed, SeedScope scope) =>
        scope.Do(() => new Actor($"demo-contact:{scope.Required(seed.ContactEmail, "contactEmail")}", scope.Required(seed.ContactName, "contactName")));

    private void OpenBriefings()
    {
        foreach (var (seed, i) in seeds.Briefings.Select((s, i) => (s, i)))
        {
            var scope = SeedScope.For(BriefingsFile, "briefing", seed.Key, i);
            var key = scope.Required(seed.Key, "key");
            if (_briefings.ContainsKey(key))
            {
                throw scope.Error("the key is used twice.");
            }

            var isDemo = scope.Flag(seed.IsDemo, "isDemo");
            PolicyBriefing briefing;
            if (!string.IsNullOrWhiteSpace(seed.FromRequest))
            {
                if (seed.DraftedAt is not null || seed.Country is not null || seed.Region is not null || seed.RequestingOrganisation is not null)
                {
                    throw scope.Error("a briefing opened from a request takes its date, country, region and organisation from the request; remove draftedAt, country, region and requestingOrganisation.");
                }

                briefing = ClaimOpenedCase(seed.FromRequest.Trim(), CaseKind.PolicyBriefing, scope).Briefing!;
                RequireSameDemoFlag(isDemo, briefing.IsDemo, scope);
            }
            else
            {
                var country = CountryCode(seed.Country, scope, "country");
                briefing = scope.Do(() => PolicyBriefing.Draft(scope.Required(seed.Title, "title"), country, RegionId(country, seed.Region, scope),
                    seed.RequestingOrganisation, ThemeCodes(seed.Themes ?? [], scope), scope.Required(seed.Challenge, "challenge"), secretariat,
                    time.At(seed.DraftedAt, scope, "draftedAt"), isDemo));
                db.PolicyBriefings.Add(briefing);
            }

            _briefings[key] = (seed, briefing, scope);
        }
    }

    private void AdvanceBriefings()
    {
        foreach (var (key, (seed, briefing, scope)) in _briefings)
        {
            var steps = new List<Step>();
            if (time.OptionalAt(seed.OwnerAssignedAt, scope, "ownerAssignedAt") is { } owned)
            {
                steps.Add(new(owned, scope, () => briefing.AssignOwner(secretariat, secretariat, owned)));
            }

            var edits = seed.Context is not null || seed.Recommendations is not null || seed.DueOn is not null
                || (seed.FromRequest is not null && (seed.Title is not null || seed.Themes is not null || seed.Challenge is not null));
            if (edits)
            {
                var edited = time.At(seed.EditedAt, scope, "editedAt");
                var themes = seed.Themes is null ? null : ThemeCodes(seed.Themes, scope);
                var dueOn = time.OptionalDate(seed.DueOn, scope, "dueOn");
                steps.Add(new(edited, scope, () => briefing.Edit(seed.Title ?? briefing.Title, themes ?? briefing.ThemeCodes,
                    seed.Challenge ?? briefing.Challenge, seed.Context, seed.Recommendations, dueOn, secretariat, edited)));
            }

            if (time.OptionalAt(seed.SubmittedForReviewAt, scope, "submittedForReviewAt") is { } submitted)
            {
                steps.Add(new(submitted, scope, () => briefing.SubmitForReview(secretariat, submitted)));
            }

            if (time.OptionalAt(seed.DeliveredAt, scope, "deliveredAt") is { } delivered)
            {
                steps.Add(new(delivered, scope, () => briefing.Deliver(secretariat, delivered)));
            }

            if (seed.Cancelled is { } cancelled)
            {
                var at = time.At(cancelled.At, scope, "cancelled.at");
                steps.Add(new(at, scope, () => briefing.Cancel(cancelled.Reason!, secretariat, at)));
            }

            if (time.OptionalAt(seed.EscalatedAt, scope, "escalatedAt") is { } escalated)
            {
                var target = seeds.Taskforces.FirstOrDefault(t => t.FromBriefing?.Trim() == key)
                    ?? throw scope.Error($"escalatedAt is given, but no taskforce in {TaskforcesFile} has fromBriefing '{key}'.");
                steps.Add(new(escalated, scope, () =>
                {
                    var taskforce = briefing.EscalateToTaskforce(target.Title, target.HostOrganisation, secretariat, escalated);
                    _escalated[key] = taskforce;
                    db.Taskforces.Add(taskforce);
                }));
            }

            RunInOrder(steps);
            scope.Do(() => briefing.SetInternalNotes(seed.InternalNotes));
        }
    }

    private static void RequireSameDemoFlag(bool isDemo, bool openedAsDemo, SeedScope scope)
    {
        if (isDemo != openedAsDemo)
        {
            throw scope.Error($"isDemo is {isDemo.ToString().ToLowerInvariant()}, but the record it comes from has isDemo {openedAsDemo.ToString().ToLowerInvariant()}.");
        }
    }
}
