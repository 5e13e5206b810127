using System.Reflection;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Support;

/// <summary>The fixed clock and the people the tests share; the domain never reads the clock, so neither do the tests.</summary>
public static class TestData
{
    /// <summary>Wednesday 12 March 2025, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly Actor Secretariat = new ActorBuilder().Build();

    public static readonly Actor Contact = new ActorBuilder().WithId("contact-es-1").WithName("Miren Etxeberria").Build();

    public static readonly Actor ExpertUser = new ActorBuilder().WithId("expert-11").WithName("Jan de Vries").Build();

    /// <summary>Gives an in-memory entity the id the database would have given it (the setter is private).</summary>
    public static T SetId<T>(T entity, int id) where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id property.");
        property.SetValue(entity, id);
        return entity;
    }
}

public sealed class ActorBuilder
{
    private string _id = "secretariat-1";
    private string _name = "Sofia Lindqvist";

    public ActorBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public ActorBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public Actor Build() => new(_id, _name);
}

public sealed class SupportRequestDetailsBuilder
{
    private string _title = "A STEM strategy for the Basque Country";
    private string _countryCode = "ES";
    private int? _regionId = 7;
    private string _organisation = "InnoBasque";
    private string _contactName = "Miren Etxeberria";
    private string _contactEmail = "miren@innobasque.example";
    private IReadOnlyList<string> _themes = ["teacher-shortage", "girls-in-stem"];
    private string _challenge = "Too few young people, and too few girls, choose technical studies in the region.";
    private HopedInstrument _instrument = HopedInstrument.Taskforce;
    private Urgency _urgency = Urgency.Normal;

    public SupportRequestDetailsBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public SupportRequestDetailsBuilder InCountry(string countryCode, int? regionId = null)
    {
        _countryCode = countryCode;
        _regionId = regionId;
        return this;
    }

    public SupportRequestDetailsBuilder FromOrganisation(string organisation)
    {
        _organisation = organisation;
        return this;
    }

    public SupportRequestDetailsBuilder WithContact(string name, string email)
    {
        _contactName = name;
        _contactEmail = email;
        return this;
    }

    public SupportRequestDetailsBuilder WithThemes(params string[] themeCodes)
    {
        _themes = themeCodes;
        return this;
    }

    public SupportRequestDetailsBuilder WithChallenge(string challenge)
    {
        _challenge = challenge;
        return this;
    }

    public SupportRequestDetailsBuilder Hoping(HopedInstrument instrument)
    {
        _instrument = instrument;
        return this;
    }

    public SupportRequestDetailsBuilder WithUrgency(Urgency urgency)
    {
        _urgency = urgency;
        return this;
    }

    public SupportRequestDetails Build() =>
        new(_title, _countryCode, _regionId, _organisation, _contactName, _contactEmail, _themes, _challenge, _instrument, _urgency);
}

/// <summary>A support request brought to any status the legal way (submitted, then the transitions that lead there).</summary>
public sealed class SupportRequestBuilder
{
    private SupportRequestDetails _details = new SupportRequestDetailsBuilder().Build();
    private SupportRequestStatus _status = SupportRequestStatus.Submitted;
    private CaseKind _acceptedAs = CaseKind.PolicyBriefing;
    private DateTimeOffset _receivedAt = TestData.Now.AddDays(-2);
    private int _id = 42;

    public SupportRequestBuilder WithDetails(SupportRequestDetails details)
    {
        _details = details;
        return this;
    }

    public SupportRequestBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public SupportRequestBuilder ReceivedAt(DateTimeOffset receivedAt)
    {
        _receivedAt = receivedAt;
        return this;
    }

    public SupportRequestBuilder InStatus(SupportRequestStatus status)
    {
        _status = status;
        return this;
    }

    public SupportRequestBuilder AcceptedAs(CaseKind instrument)
    {
        _status = SupportRequestStatus.Accepted;
        _acceptedAs = instrument;
        return this;
    }

    public SupportRequest Build()
    {
        var request = SupportRequest.Submit(_details, RequestChannel.Portal, TestData.Contact, _receivedAt);
        TestData.SetId(request, _id);
        var at = _receivedAt.AddHours(1);
        switch (_status)
        {
            case SupportRequestStatus.Submitted:
                break;
            case SupportRequestStatus.InReview:
                request.Acknowledge(TestData.Secretariat, at);
                break;
            case SupportRequestStatus.Accepted:
                request.Acknowledge(TestData.Secretariat, at);
                request.Accept(_acceptedAs, TestData.Secretariat, at);
                break;
            case SupportRequestStatus.Declined:
                request.Acknowledge(TestData.Secretariat, at);
                request.Decline("The coalition does not fund infrastructure.", TestData.Secretariat, at);
                break;
            case SupportRequestStatus.Withdrawn:
                request.Withdraw("Solved with the regional government.", TestData.Contact, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_status), _status, "No way to build a request in that status.");
        }

        return request;
    }
}

/// <summary>A policy briefing brought to any status the legal way; by default it holds recommendations.</summary>
public sealed class PolicyBriefingBuilder
{
    public const string Title = "Closing the gender gap in Basque VET";
    public const string Challenge = "Girls rarely enrol in technical vocational education.";
    public const string Recommendations = "Pair every VET school with a company role model programme.";

    private PolicyBriefingStatus _status = PolicyBriefingStatus.Draft;
    private string? _recommendations = Recommendations;
    private int _id = 17;
    private int? _supportRequestId;
    private bool _escalated;

    public PolicyBriefingBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public PolicyBriefingBuilder FromRequest(int supportRequestId)
    {
        _supportRequestId = supportRequestId;
        return this;
    }

    public PolicyBriefingBuilder WithoutRecommendations()
    {
        _recommendations = null;
        return this;
    }

    public PolicyBriefingBuilder InStatus(PolicyBriefingStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Delivered and already escalated to a taskforce.</summary>
    public PolicyBriefingBuilder Escalated()
    {
        _status = PolicyBriefingStatus.Delivered;
        _escalated = true;
        return this;
    }

    public PolicyBriefing Build()
    {
        var at = TestData.Now.AddDays(-10);
        var briefing = PolicyBriefing.Draft(Title, "ES", 7, "InnoBasque", ["girls-in-stem"], Challenge,
            TestData.Secretariat, at, supportRequestId: _supportRequestId);
        TestData.SetId(briefing, _id);
        if (_recommendations is not null)
        {
            briefing.Edit(Title, ["girls-in-stem"], Challenge, "Basque VET enrols 12% girls.", _recommendations, null, TestData.Secretariat, at);
        }

        switch (_status)
        {
            case PolicyBriefingStatus.Draft:
                break;
            case PolicyBriefingStatus.InReview:
                briefing.SubmitForReview(TestData.Secretariat, at);
                break;
            case PolicyBriefingStatus.Delivered:
                briefing.SubmitForReview(TestData.Secretariat, at);
                briefing.Deliver(TestData.Secretariat, at);
                break;
            case PolicyBriefingStatus.Cancelled:
                briefing.Cancel("The ministry changed its priorities.", TestData.Secretariat, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_status), _status, "No way to build a briefing in that status.");
        }

        if (_escalated)
        {
            briefing.EscalateToTaskforce(null, null, TestData.Secretariat, at);
        }

        return briefing;
    }
}

/// <summary>A taskforce brought to any status the legal way; Active needs (and gets) an accepted lead expert.</summary>
public sealed class TaskforceBuilder
{
    public const string Title = "Basque Country STEM strategy taskforce";
    public const string FinalReport = "The region adopted its STEM strategy in 2025.";
    public static readonly DateOnly StartDate = new(2025, 1, 13);

    private TaskforceStatus _status = TaskforceStatus.Proposed;
    private int _id = 5;
    private int? _supportRequestId;
    private int? _policyBriefingId;
    private string? _summary = "Helping the Basque Country build a regional STEM strategy.";
    private string? _finalReport;

    public TaskforceBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public TaskforceBuilder FromRequest(int supportRequestId)
    {
        _supportRequestId = supportRequestId;
        return this;
    }

    public TaskforceBuilder FromBriefing(int policyBriefingId)
    {
        _policyBriefingId = policyBriefingId;
        return this;
    }

    public TaskforceBuilder WithoutSummary()
    {
        _summary = null;
        return this;
    }

    public TaskforceBuilder WithFinalReport(string report = FinalReport)
    {
        _finalReport = report;
        return this;
    }

    public TaskforceBuilder InStatus(TaskforceStatus status)
    {
        _status = status;
        return this;
    }

    public static TaskforceDetails Details(string title = Title, string? summary = "Helping the Basque Country build a regional STEM strategy.") =>
        new(title, "ES", 7, "InnoBasque", summary, "The region wants more young people in technical careers.",
            ["Draft a regional STEM strategy", "Design a STEM platform"], ["teacher-shortage"]);

    public Taskforce Build()
    {
        var at = TestData.Now.AddDays(-60);
        var taskforce = Taskforce.Propose(Details(summary: _summary), _supportRequestId, _policyBriefingId, TestData.Secretariat, at);
        TestData.SetId(taskforce, _id);
        if (_finalReport is not null)
        {
            taskforce.RecordFinalReport(_finalReport, TestData.Secretariat, at);
        }

        switch (_status)
        {
            case TaskforceStatus.Proposed:
                break;
            case TaskforceStatus.Active:
                Activate(taskforce, at);
                break;
            case TaskforceStatus.Suspended:
                Activate(taskforce, at);
                taskforce.Suspend("The regional elections.", TestData.Secretariat, at);
                break;
            case TaskforceStatus.Concluded:
                Activate(taskforce, at);
                if (_finalReport is null)
                {
                    taskforce.RecordFinalReport(FinalReport, TestData.Secretariat, at);
                }

                taskforce.Conclude(StartDate.AddMonths(1), "Strategy adopted.", [], TestData.Secretariat, at);
                break;
            case TaskforceStatus.Cancelled:
                taskforce.Cancel("The region withdrew its support.", TestData.Secretariat, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_status), _status, "No way to build a taskforce in that status.");
        }

        return taskforce;
    }

    private static void Activate(Taskforce taskforce, DateTimeOffset at) =>
        taskforce.Activate(StartDate, [ExpertAssignmentBuilder.AcceptedLeadOf(taskforce)], TestData.Secretariat, at);
}

/// <summary>A roundtable brought to any status the legal way; Reported (and Held with findings) hold one bottleneck and one recommendation.</summary>
public sealed class RoundtableBuilder
{
    public const string Title = "Girls in STEM: the Basque pipeline";

    private RoundtableStatus _status = RoundtableStatus.Planned;
    private int _id = 8;
    private int? _taskforceId;
    private bool _withFindings;

    public RoundtableBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public RoundtableBuilder UnderTaskforce(int taskforceId)
    {
        _taskforceId = taskforceId;
        return this;
    }

    public RoundtableBuilder InStatus(RoundtableStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Held, with a bottleneck and a recommendation recorded, ready to be reported.</summary>
    public RoundtableBuilder HeldWithFindings()
    {
        _status = RoundtableStatus.Held;
        _withFindings = true;
        return this;
    }

    public static RoundtableDetails Details(string title = Title) =>
        new(title, "girls-in-stem", "ES", "InnoBasque", TestData.Today.AddDays(-7), RoundtableFormat.Hybrid, "Bilbao");

    public Roundtable Build()
    {
        var at = TestData.Now.AddDays(-30);
        var roundtable = Roundtable.Plan(Details(), _taskforceId, null, TestData.Secretariat, at);
        TestData.SetId(roundtable, _id);
        var heldAt = TestData.Now.AddDays(-7);
        switch (_status)
        {
            case RoundtableStatus.Planned:
                break;
            case RoundtableStatus.Held:
                roundtable.RecordHeld(DateOnly.FromDateTime(heldAt.UtcDateTime), TestData.Secretariat, heldAt);
                if (_withFindings)
                {
                    AddFindings(roundtable, heldAt);
                }

                break;
            case RoundtableStatus.Reported:
                roundtable.RecordHeld(DateOnly.FromDateTime(heldAt.UtcDateTime), TestData.Secretariat, heldAt);
                AddFindings(roundtable, heldAt);
                roundtable.Report(TestData.Secretariat, heldAt);
                break;
            case RoundtableStatus.Cancelled:
                roundtable.Cancel("Not enough stakeholders could attend.", TestData.Secretariat, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_status), _status, "No way to build a roundtable in that status.");
        }

        return roundtable;
    }

    private static void AddFindings(Roundtable roundtable, DateTimeOffset at)
    {
        roundtable.AddBottleneck("Girls drop technical subjects at 14.", TestData.Secretariat, at);
        roundtable.AddRecommendation("Bring female engineers into lower-secondary classes.", ["girls-in-stem"], null, TestData.Secretariat, at);
    }
}

/// <summary>
/// A taskforce meeting (by default of taskforce 5) that started yesterday, with its outcome log in any status.
/// Open action items need a log, so asking for one starts the log (Draft) if nothing else does.
/// </summary>
public sealed class MeetingBuilder
{
    private int? _taskforceId = 5;
    private int? _roundtableId;
    private int _id = 3;
    private DateTimeOffset _startsAt = TestData.Now.AddDays(-1);
    private OutcomeStatus _outcome = OutcomeStatus.NotLogged;
    private bool _cancelled;
    private readonly List<string> _openActionItems = [];

    public MeetingBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public MeetingBuilder ForTaskforce(int taskforceId)
    {
        _taskforceId = taskforceId;
        _roundtableId = null;
        return this;
    }

    public MeetingBuilder ForRoundtable(int roundtableId)
    {
        _roundtableId = roundtableId;
        _taskforceId = null;
        return this;
    }

    public MeetingBuilder StartingAt(DateTimeOffset startsAt)
    {
        _startsAt = startsAt;
        return this;
    }

    public MeetingBuilder WithOutcome(OutcomeStatus outcome)
    {
        _outcome = outcome;
        return this;
    }

    public MeetingBuilder WithOpenActionItem(string text = "Send the draft strategy to the ministry")
    {
        _openActionItems.Add(text);
        return this;
    }

    public MeetingBuilder Cancelled()
    {
        _cancelled = true;
        return this;
    }

    public static MeetingDetails Details(DateTimeOffset startsAt, string title = "Taskforce meeting 3") =>
        new(title, startsAt, startsAt.AddHours(2), "Europe/Madrid", MeetingFormat.Hybrid, "Bilbao", "InnoBasque offices",
            "https://meet.example.org/taskforce-3", "InnoBasque", "Agree the outline of the strategy", "1. Welcome\n2. Outline");

    public Meeting Build()
    {
        var meeting = Meeting.Schedule(_taskforceId, _roundtableId, Details(_startsAt), [11], TestData.Secretariat, _startsAt.AddDays(-14));
        TestData.SetId(meeting, _id);
        if (_cancelled)
        {
            meeting.Cancel("The host could not receive us.", TestData.Secretariat, _startsAt.AddDays(-1));
            return meeting;
        }

        var at = _startsAt.AddHours(3);
        if (_outcome != OutcomeStatus.NotLogged)
        {
            meeting.WriteMinutes("We agreed the outline.", "## Minutes\n\nThe outline was agreed.", TestData.ExpertUser, at);
        }

        foreach (var text in _openActionItems)
        {
            meeting.AddActionItem(text, ActionItemOwner.Expert(11, "Jan de Vries"), TestData.Today.AddDays(14), TestData.ExpertUser, at);
        }

        if (_outcome is OutcomeStatus.Submitted or OutcomeStatus.Published)
        {
            meeting.SubmitLog(TestData.ExpertUser, at);
        }

        if (_outcome is OutcomeStatus.Published)
        {
            meeting.Publish(TestData.Secretariat, at);
        }

        return meeting;
    }
}

/// <summary>An expert (id 11) of organisation 1, from the Netherlands, active and without conflicts unless told.</summary>
public sealed class ExpertBuilder
{
    private int _id = 11;
    private int _organisationId = 1;
    private string _fullName = "Jan de Vries";
    private string _countryCode = "NL";
    private bool _inactive;
    private readonly List<(ConflictKind Kind, string Subject)> _conflicts = [];

    public ExpertBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public ExpertBuilder Named(string fullName)
    {
        _fullName = fullName;
        return this;
    }

    public ExpertBuilder InOrganisation(int organisationId)
    {
        _organisationId = organisationId;
        return this;
    }

    public ExpertBuilder FromCountry(string countryCode)
    {
        _countryCode = countryCode;
        return this;
    }

    public ExpertBuilder WithConflict(ConflictKind kind, string subject)
    {
        _conflicts.Add((kind, subject));
        return this;
    }

    public ExpertBuilder Inactive()
    {
        _inactive = true;
        return this;
    }

    public Expert Build()
    {
        var expert = new Expert(_fullName, _organisationId, _countryCode, HelixSector.Industry, "jan@jet-net.example", null,
            ["nl", "en"], 4, "Runs school–company partnerships.");
        TestData.SetId(expert, _id);
        foreach (var (kind, subject) in _conflicts)
        {
            expert.DeclareConflict(kind, subject, null);
        }

        if (_inactive)
        {
            expert.Deactivate();
        }

        return expert;
    }
}

/// <summary>An active member organisation (id 1), the Dutch national STEM platform unless told.</summary>
public sealed class MemberOrganisationBuilder
{
    private int _id = 1;
    private string _name = "Jet-Net & TechNet";
    private string _countryCode = "NL";
    private bool _lapsed;

    public MemberOrganisationBuilder WithId(int id)
    {
        _id = id;
        return this;
    }

    public MemberOrganisationBuilder Named(string name, string countryCode)
    {
        _name = name;
        _countryCode = countryCode;
        return this;
    }

    public MemberOrganisationBuilder Lapsed()
    {
        _lapsed = true;
        return this;
    }

    public MemberOrganisation Build()
    {
        var organisation = new MemberOrganisation(_name, _countryCode, null, OrganisationRole.NationalStemPlatform, HelixSector.Industry,
            "Public-private partnership", "https://www.jet-net.nl", null);
        TestData.SetId(organisation, _id);
        if (_lapsed)
        {
            organisation.Lapse();
        }

        return organisation;
    }
}

/// <summary>An assignment brought to any status the legal way; by default the standard expert joins taskforce 5 (Spain, requested by InnoBasque) as a member.</summary>
public sealed class ExpertAssignmentBuilder
{
    private Expert? _expert;
    private MemberOrganisation? _organisation;
    private CaseRef _case = TaskforceCase();
    private AssignmentRole _role = AssignmentRole.Member;
    private AssignmentStatus _status = AssignmentStatus.Invited;

    public static CaseRef TaskforceCase(int id = 5) =>
        new(CaseKind.Taskforce, id, TaskforceBuilder.Title, "ES", ["InnoBasque"]);

    public static CaseRef CaseOf(Taskforce taskforce) =>
        new(CaseKind.Taskforce, taskforce.Id, taskforce.Title, taskforce.CountryCode, [taskforce.HostOrganisation]);

    /// <summary>The accepted lead expert a taskforce needs before it can be activated.</summary>
    public static ExpertAssignment AcceptedLeadOf(Taskforce taskforce) =>
        new ExpertAssignmentBuilder().OnCase(CaseOf(taskforce)).AsRole(AssignmentRole.Lead).InStatus(AssignmentStatus.Accepted).Build();

    public ExpertAssignmentBuilder For(Expert expert, MemberOrganisation organisation)
    {
        _expert = expert;
        _organisation = organisation;
        return this;
    }

    public ExpertAssignmentBuilder OnCase(CaseRef @case)
    {
        _case = @case;
        return this;
    }

    public ExpertAssignmentBuilder AsRole(AssignmentRole role)
    {
        _role = role;
        return this;
    }

    public ExpertAssignmentBuilder InStatus(AssignmentStatus status)
    {
        _status = status;
        return this;
    }

    public ExpertAssignment Build()
    {
        var organisation = _organisation ?? new MemberOrganisationBuilder().Build();
        var expert = _expert ?? new ExpertBuilder().InOrganisation(organisation.Id).Build();
        var at = TestData.Now.AddDays(-20);
        var assignment = ExpertAssignment.Invite(expert, organisation, _case, _role, 0, ExpertAssignment.DefaultWorkloadCap, [],
            AssignmentOverrides.None, TestData.Secretariat, at);
        switch (_status)
        {
            case AssignmentStatus.Invited:
                break;
            case AssignmentStatus.Accepted:
                assignment.Accept(TestData.ExpertUser, at);
                break;
            case AssignmentStatus.Declined:
                assignment.Decline("No time this spring.", TestData.ExpertUser, at);
                break;
            case AssignmentStatus.Released:
                assignment.Accept(TestData.ExpertUser, at);
                assignment.Release("Moved to another role.", TestData.Secretariat, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(_status), _status, "No way to build an assignment in that status.");
        }

        return assignment;
    }
}

/// <summary>Jet-Net, the Dutch school–company programme (started 2002), unless told otherwise.</summary>
public sealed class BestPracticeBuilder
{
    private string _name = "Jet-Net";
    private string? _countryCode = "NL";
    private int? _startYear = 2002;

    public BestPracticeBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public BestPracticeBuilder FromCountry(string? countryCode)
    {
        _countryCode = countryCode;
        return this;
    }

    public BestPracticeBuilder StartedIn(int? year)
    {
        _startYear = year;
        return this;
    }

    public BestPractice Build() =>
        new(new BestPracticeDetails(_name, _countryCode, "Jet-Net & TechNet", EducationLevel.Secondary, ["school-industry"],
            "School–company partnerships", "Thousands of pupils a year meet engineers.", "Nationwide", null,
            FundingModel.PublicPrivate, _startYear, PracticeStatus.Running, "Companies adopt secondary schools."));
}
