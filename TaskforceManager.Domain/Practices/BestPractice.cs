using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Domain.Practices;

public enum EducationLevel
{
    Primary,
    Secondary,
    Vocational,
    Higher,
    NonFormal,
    AllLevels,
}

public enum PracticeStatus
{
    Pilot,
    Running,
    Completed,
}

public enum FundingModel
{
    Public,
    Private,
    PublicPrivate,
    EuFunded,
}

public sealed record BestPracticeDetails(
    string Name,
    string? CountryCode,
    string Organisation,
    EducationLevel EducationLevel,
    IReadOnlyList<string> ThemeCodes,
    string? Focus,
    string? Impact,
    string? Reach,
    string? Budget,
    FundingModel FundingModel,
    int? StartYear,
    PracticeStatus Status,
    string? Summary);

/// <summary>A proven programme from the coalition's collection, and the countries that have adopted it.</summary>
public sealed class BestPractice : IArchivable
{
    public const int NameMaxLength = 200;
    public const int OrganisationMaxLength = 200;
    public const int ShortTextMaxLength = 1000;
    public const int SummaryMaxLength = 4000;
    public const int FirstYear = 1950;

    private readonly List<PracticeTransfer> _transfers = [];

    private BestPractice()
    {
        Name = string.Empty;
        Organisation = string.Empty;
    }

    public BestPractice(BestPracticeDetails details, bool isDemo = false)
        : this()
    {
        IsDemo = isDemo;
        Update(details);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>Null for a European-level programme.</summary>
    public string? CountryCode { get; private set; }
    public string Organisation { get; private set; }
    public EducationLevel EducationLevel { get; private set; }
    public List<string> ThemeCodes { get; private set; } = [];
    public string? Focus { get; private set; }
    public string? Impact { get; private set; }
    public string? Reach { get; private set; }
    public string? Budget { get; private set; }
    public FundingModel FundingModel { get; private set; }
    public int? StartYear { get; private set; }
    public PracticeStatus Status { get; private set; }
    public string? Summary { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<PracticeTransfer> Transfers => _transfers;

    public bool HasBeenTransferred => _transfers.Count > 0;

    public void Update(BestPracticeDetails d)
    {
        var name = Guard.Required(d.Name, "The programme's name", NameMaxLength);
        var country = string.IsNullOrWhiteSpace(d.CountryCode) ? null : Guard.CountryCode(d.CountryCode);
        var organisation = Guard.Required(d.Organisation, "The organisation", OrganisationMaxLength);
        var level = Guard.Defined(d.EducationLevel, "Education level");
        var themes = Guard.Codes(d.ThemeCodes, Theme.CodeMaxLength, "Theme");
        if (themes.Count == 0)
        {
            throw new DomainException("Choose at least one theme for the programme.");
        }

        var focus = Guard.Optional(d.Focus, "The focus", ShortTextMaxLength);
        var impact = Guard.Optional(d.Impact, "The impact", ShortTextMaxLength);
        var reach = Guard.Optional(d.Reach, "The reach", ShortTextMaxLength);
        var budget = Guard.Optional(d.Budget, "The budget", ShortTextMaxLength);
        var funding = Guard.Defined(d.FundingModel, "Funding model");
        if (d.StartYear is { } year && (year < FirstYear || year > 2100))
        {
            throw new DomainException($"The start year must be between {FirstYear} and 2100.");
        }

        var status = Guard.Defined(d.Status, "Status");
        var summary = Guard.Optional(d.Summary, "The summary", SummaryMaxLength);

        Name = name;
        CountryCode = country;
        Organisation = organisation;
        EducationLevel = level;
        ThemeCodes = themes.ToList();
        Focus = focus;
        Impact = impact;
        Reach = reach;
        Budget = budget;
        FundingModel = funding;
        StartYear = d.StartYear;
        Status = status;
        Summary = summary;
    }

    /// <summary>Records that another country adopted the programme (e.g. Jet-Net NL → Denmark, 2012).</summary>
    public PracticeTransfer RecordTransfer(string toCountryCode, int year, string? note)
    {
        var country = Guard.CountryCode(toCountryCode);
        if (country == CountryCode)
        {
            throw new DomainException("A programme cannot be transferred to the country it comes from.");
        }

        if (StartYear is { } start && year < start)
        {
            throw new DomainException($"The transfer year cannot be before the programme started ({start}).");
        }

        if (_transfers.Any(t => t.ToCountryCode == country))
        {
            throw new DomainException($"A transfer to {country} is already recorded.");
        }

        var transfer = new PracticeTransfer(country, year, Guard.Optional(note, "The note", PracticeTransfer.NoteMaxLength));
        _transfers.Add(transfer);
        return transfer;
    }

    public bool IsArchived { get; private set; }

    /// <summary>Hides the practice from choices for new work; records that use it keep it.</summary>
    public void Archive() => IsArchived = Archiving.Move(IsArchived, toArchived: true, Name);

    public void Restore() => IsArchived = Archiving.Move(IsArchived, toArchived: false, Name);
}

/// <summary>A country that adopted a practice, and when.</summary>
public sealed class PracticeTransfer
{
    public const int NoteMaxLength = 1000;

    private PracticeTransfer()
    {
        ToCountryCode = string.Empty;
    }

    internal PracticeTransfer(string toCountryCode, int year, string? note)
    {
        Id = Guid.NewGuid();
        ToCountryCode = toCountryCode;
        Year = year;
        Note = note;
    }

    public Guid Id { get; private set; }
    public string ToCountryCode { get; private set; }
    public int Year { get; private set; }
    public string? Note { get; private set; }
}
