using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Meetings;

/// <summary>Stakeholder organisations invited to a meeting, their attendance, and a log returned to its authors.</summary>
public class MeetingParticipantsTests
{
    [Fact]
    public void InviteStakeholder_RecordsTheOrganisationAndItsType_InTheHistory()
    {
        var meeting = new MeetingBuilder().Build();

        meeting.InviteStakeholder("Confebask", StakeholderType.EmployerOrganisation, TestData.Secretariat, TestData.Now);

        var invited = Assert.Single(meeting.Stakeholders);
        Assert.Equal(("Confebask", StakeholderType.EmployerOrganisation), (invited.Organisation, invited.StakeholderType));
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, null, null, $"Confebask ({Words.Of(StakeholderType.EmployerOrganisation)})");
        Assert.Equal("Stakeholder invited", meeting.History[^1].Action);
    }

    [Fact]
    public void InviteStakeholder_Twice_IsRefused_WhateverTheCase()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.InviteStakeholder("Confebask", StakeholderType.EmployerOrganisation, TestData.Secretariat, TestData.Now);

        var refusal = Refused.By(meeting, () => meeting.InviteStakeholder("CONFEBASK", StakeholderType.Government, TestData.Secretariat, TestData.Now));

        Assert.Equal("CONFEBASK is already invited to this meeting.", refusal.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void InviteStakeholder_WithoutAnOrganisation_IsRefused(string? organisation)
    {
        var meeting = new MeetingBuilder().Build();

        var refusal = Refused.By(meeting, () => meeting.InviteStakeholder(organisation!, StakeholderType.Government, TestData.Secretariat, TestData.Now));

        Assert.Contains("stakeholder organisation", refusal.Message);
    }

    [Theory]
    [InlineData(OutcomeStatus.Submitted)]
    [InlineData(OutcomeStatus.Published)]
    public void InviteStakeholder_OnceTheLogIsSubmitted_IsRefused(OutcomeStatus outcome)
    {
        var meeting = new MeetingBuilder().WithOutcome(outcome).Build();

        var refusal = Refused.By(meeting, () => meeting.InviteStakeholder("Ikerbasque", StakeholderType.Research, TestData.Secretariat, TestData.Now));

        Assert.Equal("The log of this meeting has been submitted, so its participants can no longer change.", refusal.Message);
    }

    [Fact]
    public void StakeholderAttendance_OfAnInvitedOrganisation_IsKeptOncePerOrganisation()
    {
        var meeting = new MeetingBuilder().Build();
        meeting.InviteStakeholder("Confebask", StakeholderType.EmployerOrganisation, TestData.Secretariat, TestData.Now);

        meeting.RecordStakeholderAttendance("Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Excused, TestData.ExpertUser, TestData.Now);
        meeting.RecordStakeholderAttendance("confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present, TestData.ExpertUser, TestData.Now);

        var attendee = Assert.Single(meeting.Attendees);
        Assert.Equal((null, "Confebask", StakeholderType.EmployerOrganisation, AttendanceStatus.Present),
            (attendee.ExpertId, attendee.Organisation, attendee.StakeholderType, attendee.Status));
        Assert.Single(meeting.Stakeholders);
    }

    [Fact]
    public void StakeholderAttendance_OfAnOrganisationNotInvited_AddsItToTheParticipants()
    {
        var meeting = new MeetingBuilder().Build();

        meeting.RecordStakeholderAttendance("Universidad de Deusto", StakeholderType.EducationInstitution, AttendanceStatus.Present, TestData.ExpertUser, TestData.Now);

        var participant = Assert.Single(meeting.Stakeholders);
        Assert.Equal(("Universidad de Deusto", StakeholderType.EducationInstitution), (participant.Organisation, participant.StakeholderType));
        Assert.Equal(OutcomeStatus.Draft, meeting.OutcomeStatus);
    }

    [Fact]
    public void ReturnLog_KeepsTheReasonForTheAuthors_UntilTheySubmitAgain()
    {
        var meeting = new MeetingBuilder().WithOutcome(OutcomeStatus.Submitted).Build();

        meeting.ReturnLog("  Add the decisions on the platform design.  ", TestData.Secretariat, TestData.Now);

        Assert.Equal(OutcomeStatus.Draft, meeting.OutcomeStatus);
        Assert.Equal("Add the decisions on the platform design.", meeting.ReturnReason);
        Recorded.Last(meeting.History, TestData.Secretariat, TestData.Now, "Submitted", "Draft", "Add the decisions on the platform design.");

        meeting.SubmitLog(TestData.ExpertUser, TestData.Now.AddHours(1));

        Assert.Null(meeting.ReturnReason);
        Assert.Equal(OutcomeStatus.Submitted, meeting.OutcomeStatus);
    }
}
