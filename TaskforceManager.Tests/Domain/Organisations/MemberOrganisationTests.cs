using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Organisations;

public class MemberOrganisationMembershipTests
{
    [Fact]
    public void NewOrganisation_IsAnActiveMember_ThatCanProvideExperts()
    {
        var organisation = new MemberOrganisationBuilder().Build();

        Assert.Equal(MembershipStatus.Active, organisation.Membership);
        Assert.True(organisation.CanProvideExperts);
    }

    [Fact]
    public void Lapse_StopsItProvidingExperts()
    {
        var organisation = new MemberOrganisationBuilder().Build();

        organisation.Lapse();

        Assert.Equal(MembershipStatus.Lapsed, organisation.Membership);
        Assert.False(organisation.CanProvideExperts);
    }

    [Fact]
    public void Lapse_Twice_IsRefused()
    {
        var organisation = new MemberOrganisationBuilder().Lapsed().Build();

        var refusal = Assert.Throws<DomainException>(() => organisation.Lapse());

        Assert.Equal("Jet-Net & TechNet's membership has already lapsed.", refusal.Message);
    }

    [Fact]
    public void Renew_ALapsedMembership_RestoresIt()
    {
        var organisation = new MemberOrganisationBuilder().Lapsed().Build();

        organisation.Renew();

        Assert.True(organisation.CanProvideExperts);
    }

    [Fact]
    public void Renew_AnActiveMembership_IsRefused()
    {
        var organisation = new MemberOrganisationBuilder().Build();

        var refusal = Assert.Throws<DomainException>(() => organisation.Renew());

        Assert.Equal("Jet-Net & TechNet is already an active member.", refusal.Message);
        Assert.Equal(MembershipStatus.Active, organisation.Membership);
    }
}
