using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Organisations;

/// <summary>The place an organisation holds in the coalition.</summary>
public enum OrganisationRole
{
    NationalStemPlatform,
    RegionalStemPlatform,
    NationalLeadPartner,
    EuropeanPartner,
    AssociatePartner,
}

/// <summary>Which strand of the (quadruple) helix an organisation or expert belongs to.</summary>
public enum HelixSector
{
    Government,
    Education,
    Industry,
    CivilSociety,
    Research,
}

public enum MembershipStatus
{
    Active,
    Lapsed,
}

/// <summary>A member or partner of the coalition. Only experts of active members or partners can be assigned to cases.</summary>
public sealed class MemberOrganisation : IArchivable
{
    public const int NameMaxLength = 200;
    public const int TypeMaxLength = 100;
    public const int WebsiteMaxLength = 300;
    public const int DescriptionMaxLength = 2000;

    private MemberOrganisation()
    {
        Name = string.Empty;
        CountryCode = string.Empty;
    }

    public MemberOrganisation(string name, string countryCode, int? regionId, OrganisationRole role, HelixSector sector,
        string? organisationType, string? website, string? description, bool isDemo = false)
    {
        Name = Guard.Required(name, "The organisation's name", NameMaxLength);
        CountryCode = Guard.CountryCode(countryCode);
        RegionId = regionId;
        Role = Guard.Defined(role, "Organisation role");
        Sector = Guard.Defined(sector, "Helix sector");
        OrganisationType = Guard.Optional(organisationType, "The organisation type", TypeMaxLength);
        Website = Guard.Optional(website, "The website", WebsiteMaxLength);
        Description = Guard.Optional(description, "The description", DescriptionMaxLength);
        Membership = MembershipStatus.Active;
        IsDemo = isDemo;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string CountryCode { get; private set; }
    public int? RegionId { get; private set; }
    public OrganisationRole Role { get; private set; }
    public HelixSector Sector { get; private set; }
    public string? OrganisationType { get; private set; }
    public string? Website { get; private set; }
    public string? Description { get; private set; }
    public MembershipStatus Membership { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>Whether its experts may be assigned: the organisation must be a current member or partner.</summary>
    public bool CanProvideExperts => Membership == MembershipStatus.Active;

    public void ChangeRole(OrganisationRole role) => Role = Guard.Defined(role, "Organisation role");

    /// <summary>Membership ended; its experts can no longer be assigned to new cases.</summary>
    public void Lapse()
    {
        if (Membership == MembershipStatus.Lapsed)
        {
            throw new DomainException($"{Name}'s membership has already lapsed.");
        }

        Membership = MembershipStatus.Lapsed;
    }

    public void Renew()
    {
        if (Membership == MembershipStatus.Active)
        {
            throw new DomainException($"{Name} is already an active member.");
        }

        Membership = MembershipStatus.Active;
    }

    public bool IsArchived { get; private set; }

    /// <summary>Hides the organisation from choices for new work; records that use it keep it.</summary>
    public void Archive() => IsArchived = Archiving.Move(IsArchived, toArchived: true, Name);

    public void Restore() => IsArchived = Archiving.Move(IsArchived, toArchived: false, Name);
}
