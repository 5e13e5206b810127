using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Reference;

/// <summary>How large a country's education system is, for comparing contexts when ranking practices.</summary>
public enum CountrySize
{
    Small,
    Medium,
    Large,
}

/// <summary>A country the coalition works with, keyed by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Country : IArchivable
{
    public const int CodeLength = 2;
    public const int NameMaxLength = 100;
    public const int LanguageCodeMaxLength = 3;

    private readonly List<Region> _regions = [];

    private Country()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Country(string code, string name, bool isEuMember, CountrySize size, IEnumerable<string> languageCodes)
    {
        Code = Guard.CountryCode(code);
        Name = Guard.Required(name, "The country's name", NameMaxLength);
        IsEuMember = isEuMember;
        Size = Guard.Defined(size, "Country size");
        LanguageCodes = Guard.Codes(languageCodes, LanguageCodeMaxLength, "Language").Select(l => l.ToLowerInvariant()).ToList();
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public bool IsEuMember { get; private set; }
    public CountrySize Size { get; private set; }

    /// <summary>ISO 639-1 codes of the country's official languages.</summary>
    public List<string> LanguageCodes { get; private set; } = [];

    public IReadOnlyList<Region> Regions => _regions;

    /// <summary>Adds a region; region names are unique within a country.</summary>
    public Region AddRegion(string name)
    {
        var trimmed = Guard.Required(name, "The region's name", Region.NameMaxLength);
        if (_regions.Any(r => string.Equals(r.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"{Name} already has a region called {trimmed}.");
        }

        var region = new Region(Code, trimmed);
        _regions.Add(region);
        return region;
    }

    public bool IsArchived { get; private set; }

    /// <summary>Hides the country from choices for new work; records that use it keep it.</summary>
    public void Archive() => IsArchived = Archiving.Move(IsArchived, toArchived: true, Name);

    public void Restore() => IsArchived = Archiving.Move(IsArchived, toArchived: false, Name);
}

/// <summary>A region of a country (e.g. the Basque Country in Spain, Bretagne in France).</summary>
public sealed class Region : IArchivable
{
    public const int NameMaxLength = 100;

    private Region()
    {
        CountryCode = string.Empty;
        Name = string.Empty;
    }

    internal Region(string countryCode, string name)
    {
        CountryCode = countryCode;
        Name = name;
    }

    public int Id { get; private set; }
    public string CountryCode { get; private set; }
    public string Name { get; private set; }

    public bool IsArchived { get; private set; }

    /// <summary>Hides the region from choices for new work; records that use it keep it.</summary>
    public void Archive() => IsArchived = Archiving.Move(IsArchived, toArchived: true, Name);

    public void Restore() => IsArchived = Archiving.Move(IsArchived, toArchived: false, Name);
}
