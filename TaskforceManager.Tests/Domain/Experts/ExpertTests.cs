using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Experts;

public class ExpertConflictTests
{
    [Fact]
    public void DeclareConflict_WithACountry_StoresTheIsoCode()
    {
        var expert = new ExpertBuilder().Build();

        var conflict = expert.DeclareConflict(ConflictKind.Country, "es", "Former adviser to the Spanish ministry.");

        Assert.Equal("ES", conflict.Subject);
        Assert.Same(conflict, Assert.Single(expert.Conflicts));
    }

    [Fact]
    public void DeclareConflict_Twice_IsRefused()
    {
        var expert = new ExpertBuilder().WithConflict(ConflictKind.Organisation, "InnoBasque").Build();

        var refusal = Assert.Throws<DomainException>(() => expert.DeclareConflict(ConflictKind.Organisation, "INNOBASQUE", null));

        Assert.Equal("A conflict with INNOBASQUE is already declared.", refusal.Message);
        Assert.Single(expert.Conflicts);
    }

    [Fact]
    public void ConflictsWith_FindsCountryAndOrganisationConflicts_IgnoringCase()
    {
        var expert = new ExpertBuilder()
            .WithConflict(ConflictKind.Country, "ES")
            .WithConflict(ConflictKind.Organisation, "InnoBasque")
            .WithConflict(ConflictKind.Country, "FR")
            .Build();

        var conflicts = expert.ConflictsWith("es", [" innobasque ", ""]);

        Assert.Equal(["ES", "InnoBasque"], conflicts.Select(c => c.Subject));
    }

    [Fact]
    public void WithdrawConflict_MakesTheExpertAssignableAgain()
    {
        var expert = new ExpertBuilder().WithConflict(ConflictKind.Country, "ES").Build();

        expert.WithdrawConflict(expert.Conflicts[0].Id);

        Assert.Empty(expert.ConflictsWith("ES", []));
    }

    [Fact]
    public void DeactivateAndReactivate_RefuseToRepeat()
    {
        var expert = new ExpertBuilder().Build();

        Assert.Throws<DomainException>(() => expert.Reactivate());
        expert.Deactivate();
        Assert.False(expert.IsActive);
        Assert.Throws<DomainException>(() => expert.Deactivate());
        expert.Reactivate();
        Assert.True(expert.IsActive);
    }
}

public class ExpertExpertiseTests
{
    [Fact]
    public void SetExpertise_StoresTheThemeInLowerCase_AndReplacesTheLevel()
    {
        var expert = new ExpertBuilder().Build();

        expert.SetExpertise("Girls-In-STEM", ExpertiseLevel.Working);
        expert.SetExpertise("girls-in-stem", ExpertiseLevel.Leading);

        var expertise = Assert.Single(expert.Expertise);
        Assert.Equal("girls-in-stem", expertise.ThemeCode);
        Assert.Equal(ExpertiseLevel.Leading, expertise.Level);
    }

    [Fact]
    public void RemoveExpertise_WithTheCodeAsItWasSet_RemovesIt()
    {
        var expert = new ExpertBuilder().Build();
        expert.SetExpertise("Girls-In-STEM", ExpertiseLevel.Advanced);

        expert.RemoveExpertise("Girls-In-STEM");

        Assert.Empty(expert.Expertise);
    }

    [Fact]
    public void RemoveExpertise_ThatTheExpertDoesNotHave_IsRefused()
    {
        var expert = new ExpertBuilder().Build();

        var refusal = Assert.Throws<DomainException>(() => expert.RemoveExpertise("teacher-shortage"));

        Assert.Equal("The expert has no expertise on that theme to remove.", refusal.Message);
    }
}
