using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Experts;

public class ExpertAssignmentInviteTests
{
    private static readonly CaseRef BasqueTaskforce = ExpertAssignmentBuilder.TaskforceCase(5);

    private static ExpertAssignment Invite(
        Expert? expert = null,
        MemberOrganisation? organisation = null,
        CaseRef? @case = null,
        AssignmentRole role = AssignmentRole.Member,
        int activeAssignments = 0,
        int workloadCap = ExpertAssignment.DefaultWorkloadCap,
        IEnumerable<ExpertAssignment>? team = null,
        AssignmentOverrides? overrides = null) =>
        ExpertAssignment.Invite(
            expert ?? new ExpertBuilder().Build(),
            organisation ?? new MemberOrganisationBuilder().Build(),
            @case ?? BasqueTaskforce,
            role,
            activeAssignments,
            workloadCap,
            team ?? [],
            overrides ?? AssignmentOverrides.None,
            TestData.Secretariat,
            TestData.Now);

    private static ExpertAssignment OnTeam(int expertId, AssignmentRole role, AssignmentStatus status, CaseRef? @case = null) =>
        new ExpertAssignmentBuilder()
            .For(new ExpertBuilder().WithId(expertId).Build(), new MemberOrganisationBuilder().Build())
            .OnCase(@case ?? BasqueTaskforce).AsRole(role).InStatus(status).Build();

    [Fact]
    public void Invite_AnAvailableExpert_StartsInvited_AndIsRecorded()
    {
        var assignment = Invite(role: AssignmentRole.Lead);

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
        Assert.Equal(11, assignment.ExpertId);
        Assert.Equal(CaseKind.Taskforce, assignment.CaseKind);
        Assert.Equal(5, assignment.CaseId);
        Assert.Equal(TaskforceBuilder.Title, assignment.CaseTitle);
        Assert.Equal(AssignmentRole.Lead, assignment.Role);
        Assert.Equal(TestData.Now, assignment.InvitedAt);
        Assert.True(assignment.IsActive);
        Assert.Null(assignment.ConflictOverrideReason);
        Assert.Null(assignment.WorkloadOverrideReason);
        var entry = Assert.Single(assignment.History);
        Assert.Equal("Invited as lead", entry.Action);
        Recorded.Last(assignment.History, TestData.Secretariat, TestData.Now, null, "Invited");
    }

    [Fact]
    public void Invite_FromALapsedOrganisation_IsRefused()
    {
        var lapsed = new MemberOrganisationBuilder().Lapsed().Build();

        var refusal = Assert.Throws<DomainException>(() => Invite(organisation: lapsed));

        Assert.Equal("Jan de Vries's organisation must be a current member or partner of the coalition.", refusal.Message);
    }

    [Fact]
    public void Invite_WithAnOrganisationThatIsNotTheExperts_IsRefused()
    {
        var otherOrganisation = new MemberOrganisationBuilder().WithId(2).Named("InnoBasque", "ES").Build();

        var refusal = Assert.Throws<DomainException>(() => Invite(organisation: otherOrganisation));

        Assert.Contains("must be a current member or partner", refusal.Message);
    }

    [Fact]
    public void Invite_AnInactiveExpert_IsRefused()
    {
        var inactive = new ExpertBuilder().Inactive().Build();

        var refusal = Assert.Throws<DomainException>(() => Invite(expert: inactive));

        Assert.Equal("Jan de Vries is inactive and cannot be assigned.", refusal.Message);
    }

    [Fact]
    public void Invite_WithAnUnknownRole_IsRefused()
    {
        Assert.Throws<DomainException>(() => Invite(role: (AssignmentRole)9));
    }

    [Fact]
    public void Invite_WithACountryConflict_WithoutReason_IsRefused()
    {
        var conflicted = new ExpertBuilder().WithConflict(ConflictKind.Country, "ES").Build();

        var refusal = Assert.Throws<DomainException>(() => Invite(expert: conflicted));

        Assert.Equal("Jan de Vries has declared a conflict of interest with ES; give a reason to override it.", refusal.Message);
    }

    [Fact]
    public void Invite_WithAnOrganisationConflict_WithoutReason_IsRefused()
    {
        var conflicted = new ExpertBuilder().WithConflict(ConflictKind.Organisation, "innobasque").Build();

        var refusal = Assert.Throws<DomainException>(() => Invite(expert: conflicted));

        Assert.Contains("declared a conflict of interest with innobasque", refusal.Message);
    }

    [Fact]
    public void Invite_WithAConflict_AndABlankReason_IsRefused()
    {
        var conflicted = new ExpertBuilder().WithConflict(ConflictKind.Country, "ES").Build();

        Assert.Throws<DomainException>(() => Invite(expert: conflicted, overrides: new AssignmentOverrides(ConflictReason: "   ")));
    }

    [Theory]
    [InlineData(ConflictKind.Country, "ES")]
    [InlineData(ConflictKind.Organisation, "InnoBasque")]
    public void Invite_WithAConflict_AndAReason_IsAllowed_AndTheOverrideIsRecorded(ConflictKind kind, string subject)
    {
        var conflicted = new ExpertBuilder().WithConflict(kind, subject).Build();

        var assignment = Invite(expert: conflicted, overrides: new AssignmentOverrides(ConflictReason: "The only expert on VET for girls."));

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
        Assert.Equal("The only expert on VET for girls.", assignment.ConflictOverrideReason);
        Assert.Equal(2, assignment.History.Count);
        var entry = Recorded.Last(assignment.History, TestData.Secretariat, TestData.Now, null, null, "The only expert on VET for girls.");
        Assert.Equal("Conflict of interest overridden", entry.Action);
    }

    [Fact]
    public void Invite_WithAConflictElsewhere_NeedsNoOverride()
    {
        var expert = new ExpertBuilder().WithConflict(ConflictKind.Country, "FR").WithConflict(ConflictKind.Organisation, "Universcience").Build();

        var assignment = Invite(expert: expert, overrides: new AssignmentOverrides(ConflictReason: "Not needed."));

        Assert.Null(assignment.ConflictOverrideReason);
        Assert.Single(assignment.History);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 5)]
    public void Invite_AtTheWorkloadCap_WithoutReason_IsRefused(int activeAssignments, int cap)
    {
        var refusal = Assert.Throws<DomainException>(() => Invite(activeAssignments: activeAssignments, workloadCap: cap));

        Assert.Equal($"Jan de Vries already has {activeAssignments} active assignments (the cap is {cap}); give a reason to override it.", refusal.Message);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    [InlineData(4, 5)]
    public void Invite_BelowTheWorkloadCap_NeedsNoOverride(int activeAssignments, int cap)
    {
        var assignment = Invite(activeAssignments: activeAssignments, workloadCap: cap);

        Assert.Null(assignment.WorkloadOverrideReason);
    }

    [Fact]
    public void Invite_AtTheWorkloadCap_WithReason_IsAllowed_AndTheOverrideIsRecorded()
    {
        var assignment = Invite(activeAssignments: 3, overrides: new AssignmentOverrides(WorkloadReason: "Two of the three end this month."));

        Assert.Equal("Two of the three end this month.", assignment.WorkloadOverrideReason);
        var entry = Recorded.Last(assignment.History, TestData.Secretariat, TestData.Now, null, null, "Two of the three end this month.");
        Assert.Equal("Workload cap overridden", entry.Action);
    }

    [Theory]
    [InlineData("Needed.", null)]
    [InlineData(null, "Needed.")]
    public void Invite_WithAConflictAndAFullWorkload_AndOnlyOneReason_IsRefused(string? conflictReason, string? workloadReason)
    {
        var conflicted = new ExpertBuilder().WithConflict(ConflictKind.Country, "ES").Build();

        Assert.Throws<DomainException>(() => Invite(expert: conflicted, activeAssignments: 3, overrides: new AssignmentOverrides(conflictReason, workloadReason)));
    }

    [Fact]
    public void Invite_WithAConflictAndAFullWorkload_AndBothReasons_RecordsBothOverrides()
    {
        var conflicted = new ExpertBuilder().WithConflict(ConflictKind.Country, "ES").Build();

        var assignment = Invite(expert: conflicted, role: AssignmentRole.Lead, activeAssignments: 3,
            overrides: new AssignmentOverrides("The conflict ended in 2020.", "Two of the three end this month."));

        Assert.Equal("The conflict ended in 2020.", assignment.ConflictOverrideReason);
        Assert.Equal("Two of the three end this month.", assignment.WorkloadOverrideReason);
        Assert.Equal(["Invited as lead", "Conflict of interest overridden", "Workload cap overridden"], assignment.History.Select(h => h.Action));
        Assert.Equal([null, "The conflict ended in 2020.", "Two of the three end this month."], assignment.History.Select(h => h.Reason));
    }

    [Theory]
    [InlineData(AssignmentStatus.Invited)]
    [InlineData(AssignmentStatus.Accepted)]
    public void Invite_ASecondLead_IsRefused(AssignmentStatus currentLeadStatus)
    {
        var team = new[] { OnTeam(12, AssignmentRole.Lead, currentLeadStatus) };

        var refusal = Assert.Throws<DomainException>(() => Invite(role: AssignmentRole.Lead, team: team));

        Assert.Equal("This case already has a lead expert; release them first or choose another role.", refusal.Message);
    }

    [Theory]
    [InlineData(AssignmentStatus.Declined)]
    [InlineData(AssignmentStatus.Released)]
    public void Invite_ANewLead_AfterTheLastOneLeft_IsAllowed(AssignmentStatus formerLeadStatus)
    {
        var team = new[] { OnTeam(12, AssignmentRole.Lead, formerLeadStatus) };

        var assignment = Invite(role: AssignmentRole.Lead, team: team);

        Assert.Equal(AssignmentRole.Lead, assignment.Role);
    }

    [Fact]
    public void Invite_ALead_WhenAnotherCaseHasALead_IsAllowed()
    {
        var team = new[] { OnTeam(12, AssignmentRole.Lead, AssignmentStatus.Accepted, ExpertAssignmentBuilder.TaskforceCase(6)) };

        var assignment = Invite(role: AssignmentRole.Lead, team: team);

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
    }

    [Fact]
    public void Invite_AMember_WhenTheCaseHasALead_IsAllowed()
    {
        var team = new[] { OnTeam(12, AssignmentRole.Lead, AssignmentStatus.Accepted) };

        var assignment = Invite(role: AssignmentRole.Member, team: team);

        Assert.Equal(AssignmentRole.Member, assignment.Role);
    }

    [Theory]
    [InlineData(AssignmentStatus.Invited)]
    [InlineData(AssignmentStatus.Accepted)]
    public void Invite_AnExpertAlreadyOnTheCase_IsRefused(AssignmentStatus existing)
    {
        var team = new[] { OnTeam(11, AssignmentRole.Member, existing) };

        var refusal = Assert.Throws<DomainException>(() => Invite(role: AssignmentRole.Rapporteur, team: team));

        Assert.Equal("Jan de Vries is already on this case.", refusal.Message);
    }

    [Theory]
    [InlineData(AssignmentStatus.Declined)]
    [InlineData(AssignmentStatus.Released)]
    public void Invite_AnExpertWhoLeftTheCase_Again_IsAllowed(AssignmentStatus earlier)
    {
        var team = new[] { OnTeam(11, AssignmentRole.Member, earlier) };

        var assignment = Invite(team: team);

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
    }

    [Fact]
    public void Invite_TheSameExpertOnAnotherCase_IsAllowed()
    {
        var team = new[] { OnTeam(11, AssignmentRole.Member, AssignmentStatus.Accepted, new CaseRef(CaseKind.Roundtable, 5, "A roundtable", "ES", [])) };

        var assignment = Invite(team: team);

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
    }
}
