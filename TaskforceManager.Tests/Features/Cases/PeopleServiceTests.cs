using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>The people on a case: the secretariat invites through the assignment rules, and overrides them only with a reason.</summary>
public sealed class PeopleServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;
    private CaseServices _secretariat = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        _secretariat = _world.ServicesFor(CaseWorld.Secretariat);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Invite_PutsTheExpertOnTheTeamAsInvited()
    {
        var id = await _world.ProposedTaskforceAsync();

        await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.LeadExpertId, Role = AssignmentRole.Lead });

        var member = Assert.Single(await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id));
        Assert.Equal(("Anna de Vries", "Platform Talent voor Technologie", AssignmentRole.Lead, AssignmentStatus.Invited),
            (member.ExpertName, member.OrganisationName, member.Role, member.Status));
        Assert.Equal([AssignmentAction.Accept, AssignmentAction.Decline], member.PermittedActions);
        var history = (await _secretariat.Taskforces.GetAsync(id)).History;
        Assert.Equal("Anna de Vries: Invited as lead by Sofia Secretariat on 24 November 2026, 09:00 UTC", history[0].Sentence);
    }

    [Fact]
    public async Task Invite_OfAnExpertWithAConflict_IsRefused_UntilTheSecretariatGivesAReason()
    {
        var id = await _world.ProposedTaskforceAsync();
        var form = new InviteExpertForm { ExpertId = _world.ConflictedExpertId, Role = AssignmentRole.Advisor };

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, form));
        Assert.Equal("Jon Garcia has declared a conflict of interest with ES; give a reason to override it.", refusal.Message);
        Assert.Empty(await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id));
        var check = await _secretariat.Experts.CheckInviteAsync(CaseKind.Taskforce, id, _world.ConflictedExpertId);
        Assert.True(check.NeedsConflictReason);
        Assert.False(check.NeedsWorkloadReason);

        form.ConflictOverrideReason = "Only advises on research; agreed with the ministry.";
        await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, form);

        var member = Assert.Single(await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id));
        Assert.Equal("Conflict of interest overridden: Only advises on research; agreed with the ministry.", member.Note);
    }

    [Fact]
    public async Task Invite_OfAnExpertAtTheWorkloadCap_IsRefused_UntilTheSecretariatGivesAReason()
    {
        var id = await _world.ProposedTaskforceAsync();
        var form = new InviteExpertForm { ExpertId = _world.BusyExpertId, Role = AssignmentRole.Member };

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, form));
        Assert.Equal("Eva Berg already has 3 active assignments (the cap is 3); give a reason to override it.", refusal.Message);
        Assert.True((await _secretariat.Experts.CheckInviteAsync(CaseKind.Taskforce, id, _world.BusyExpertId)).NeedsWorkloadReason);

        form.WorkloadOverrideReason = "The only Danish expert on teacher training.";
        await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, form);

        Assert.Equal(AssignmentStatus.Invited, Assert.Single(await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id)).Status);
    }

    [Fact]
    public async Task Invite_ASecondLead_IsRefused()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.LeadExpertId, Role = AssignmentRole.Lead });

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.MemberExpertId, Role = AssignmentRole.Lead }));

        Assert.Equal("This case already has a lead expert; release them first or choose another role.", refusal.Message);
        Assert.Single(await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id));
    }

    [Fact]
    public async Task Candidates_AreActiveExpertsOfCurrentMembers_NotYetOnTheCase()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: false);

        var candidates = await _secretariat.Experts.InviteCandidatesAsync(CaseKind.Taskforce, id);

        Assert.Equal(["Eva Berg", "Jon Garcia", "Lars Jensen"], candidates.Select(c => c.Name));
        Assert.Equal(("Astra", "Denmark"), (candidates[0].OrganisationName, candidates[0].CountryName));
    }

    [Fact]
    public async Task DeclineAndRelease_OnTheExpertsBehalf_ShowInTheTeam()
    {
        var id = await _world.ActiveTaskforceAsync();
        var invited = await _secretariat.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.MemberExpertId, Role = AssignmentRole.Member });
        var team = await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id);
        var lars = team.Single(m => m.AssignmentId == invited);
        var anna = team.Single(m => m.ExpertId == _world.LeadExpertId);

        await _secretariat.Experts.DeclineAssignmentAsync(lars.AssignmentId, "No time this year.", lars.Version);
        await _secretariat.Experts.ReleaseAssignmentAsync(anna.AssignmentId, "Moved to another role.", anna.Version);

        team = await _secretariat.Experts.TeamAsync(CaseKind.Taskforce, id);
        Assert.Equal((AssignmentStatus.Declined, "Declined: No time this year."), (team.Single(m => m.ExpertId == _world.MemberExpertId).Status, team.Single(m => m.ExpertId == _world.MemberExpertId).Note));
        Assert.Equal(AssignmentStatus.Released, team.Single(m => m.ExpertId == _world.LeadExpertId).Status);
    }

    [Fact]
    public async Task AContact_SeesTheAcceptedTeamWithoutNotes_AndCannotInvite()
    {
        var id = await _world.ActiveTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.MemberExpertId, AssignmentRole.Member, accepted: false);
        var contact = _world.ServicesFor(_world.BasqueContact);

        var team = await contact.Experts.TeamAsync(CaseKind.Taskforce, id);

        var member = Assert.Single(team);
        Assert.Equal(("Anna de Vries", AssignmentStatus.Accepted, null), (member.ExpertName, member.Status, member.Note));
        Assert.Empty(member.PermittedActions);
        await Assert.ThrowsAsync<ActionNotAllowedException>(() =>
            contact.Experts.InviteAsync(CaseKind.Taskforce, id, new InviteExpertForm { ExpertId = _world.MemberExpertId, Role = AssignmentRole.Member }));
        await using var db = _world.Database.CreateContext();
        Assert.Equal(2, await db.Assignments.CountAsync(a => a.CaseKind == CaseKind.Taskforce && a.CaseId == id));
    }

    [Fact]
    public async Task Invite_ToACaseTheViewerCannotSee_IsNotFound()
    {
        var id = await _world.ProposedTaskforceAsync();
        var expert = _world.ServicesFor(TaskforceManager.Domain.Access.Viewer.ForExpert("user-nl", "Anna de Vries", _world.LeadExpertId));

        await Assert.ThrowsAsync<RecordNotFoundException>(() => expert.Experts.TeamAsync(CaseKind.Taskforce, id));
    }
}
