using TaskforceManager.App.Features.Lists;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>Reference values in the words the coalition uses (STEM and EU keep their capitals).</summary>
public static class ReferenceWords
{
    public static string Of(OrganisationRole role) => role switch
    {
        OrganisationRole.NationalStemPlatform => "National STEM platform",
        OrganisationRole.RegionalStemPlatform => "Regional STEM platform",
        _ => Display.Status(role),
    };

    public static string Of(HelixSector sector) => Display.Status(sector);

    public static string Of(MembershipStatus membership) => membership == MembershipStatus.Active ? "Active member" : "Membership lapsed";

    public static string Of(CountrySize size) => Display.Status(size);

    public static string Of(EducationLevel level) => level switch
    {
        EducationLevel.NonFormal => "Non-formal",
        EducationLevel.AllLevels => "All levels",
        _ => Display.Status(level),
    };

    public static string Of(FundingModel model) => model switch
    {
        FundingModel.PublicPrivate => "Public–private",
        FundingModel.EuFunded => "EU-funded",
        _ => Display.Status(model),
    };

    public static string Of(PracticeStatus status) => Display.Status(status);

    public static string State(bool isArchived) => isArchived ? "Archived" : "In use";
}
