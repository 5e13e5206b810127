using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.Domain.Experts;

public enum ExpertiseLevel
{
    Working,
    Advanced,
    Leading,
}

public enum ConflictKind
{
    Country,
    Organisation,
}

/// <summary>A person from a member organisation who can be assigned to cases.</summary>
public sealed class Expert
{
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;
    public const int BioMaxLength = 4000;
    public const int MaxDaysPerMonth = 31;

    private readonly List<Expertise> _expertise = [];
    private readonly List<UnavailablePeriod> _unavailablePeriods = [];
    private readonly List<ConflictOfInterest> _conflicts = [];

    private Expert()
    {
        FullName = string.Empty;
        CountryCode = string.Empty;
        Email = string.Empty;
    }

    public Expert(string fullName, int organisationId, string countryCode, HelixSector sector, string email, string? phone,
        IEnumerable<string> languageCodes, int availableDaysPerMonth, string? bio, bool isDemo = false)
        : this()
    {
        OrganisationId = organisationId;
        IsDemo = isDemo;
        IsActive = true;
        UpdateProfile(fullName, countryCode, sector, email, phone, languageCodes, availableDaysPerMonth, bio);
    }

    public int Id { get; private set; }
    public string FullName { get; private set; }
    public int OrganisationId { get; private set; }
    public string CountryCode { get; private set; }
    public HelixSector Sector { get; private set; }

    /// <summary>Private: only the secretariat and the expert see it.</summary>
    public string Email { get; private set; }

    /// <summary>Private: only the secretariat and the expert see it.</summary>
    public string? Phone { get; private set; }
    public List<string> LanguageCodes { get; private set; } = [];
    public int AvailableDaysPerMonth { get; private set; }
    public string? Bio { get; private set; }
    public bool IsActive { get; private set; }
    public bool IsDemo { get; private set; }
    public IReadOnlyList<Expertise> Expertise => _expertise;
    public IReadOnlyList<UnavailablePeriod> UnavailablePeriods => _unavailablePeriods;
    public IReadOnlyList<ConflictOfInterest> Conflicts => _conflicts;

    public void UpdateProfile(string fullName, string countryCode, HelixSector sector, string email, string? phone,
        IEnumerable<string> languageCodes, int availableDaysPerMonth, string? bio)
    {
        var name = Guard.Required(fullName, "The expert's name", NameMaxLength);
        var country = Guard.CountryCode(countryCode);
        var helix = Guard.Defined(sector, "Helix sector");
        var mail = Guard.Required(email, "The e-mail address", EmailMaxLength);
        if (!mail.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException($"'{mail}' is not an e-mail address.");
        }

        var tel = Guard.Optional(phone, "The phone number", PhoneMaxLength);
        var languages = Guard.Codes(languageCodes, Country.LanguageCodeMaxLength, "Language").Select(l => l.ToLowerInvariant()).ToList();
        if (languages.Count == 0)
        {
            throw new DomainException("Give at least one language the expert works in.");
        }

        if (availableDaysPerMonth is < 0 or > MaxDaysPerMonth)
        {
            throw new DomainException($"Availability must be between 0 and {MaxDaysPerMonth} days a month.");
        }

        var about = Guard.Optional(bio, "The biography", BioMaxLength);

        FullName = name;
        CountryCode = country;
        Sector = helix;
        Email = mail;
        Phone = tel;
        LanguageCodes = languages;
        AvailableDaysPerMonth = availableDaysPerMonth;
        Bio = about;
    }

    public void MoveToOrganisation(int organisationId) => OrganisationId = organisationId;

    /// <summary>Sets the expert's level on a theme (adds or replaces).</summary>
    public void SetExpertise(string themeCode, ExpertiseLevel level)
    {
        var code = Guard.Required(themeCode, "The theme", Theme.CodeMaxLength).ToLowerInvariant();
        Guard.Defined(level, "Expertise level");
        _expertise.RemoveAll(e => e.ThemeCode == code);
        _expertise.Add(new Expertise(code, level));
    }

    public void RemoveExpertise(string themeCode)
    {
        var code = themeCode.Trim().ToLowerInvariant();
        if (_expertise.RemoveAll(e => e.ThemeCode == code) == 0)
        {
            throw new DomainException("The expert has no expertise on that theme to remove.");
        }
    }

    public UnavailablePeriod AddUnavailablePeriod(DateOnly from, DateOnly to, string? note)
    {
        if (to < from)
        {
            throw new DomainException("An unavailable period must end on or after the day it starts.");
        }

        var period = new UnavailablePeriod(from, to, Guard.Optional(note, "The note", UnavailablePeriod.NoteMaxLength));
        _unavailablePeriods.Add(period);
        return period;
    }

    public void RemoveUnavailablePeriod(Guid periodId)
    {
        if (_unavailablePeriods.RemoveAll(p => p.Id == periodId) == 0)
        {
            throw new DomainException("That unavailable period is not on the expert's profile.");
        }
    }

    /// <summary>Whether any unavailable period overlaps the given dates.</summary>
    public bool IsUnavailableBetween(DateOnly from, DateOnly to) => _unavailablePeriods.Any(p => p.From <= to && p.To >= from);

    /// <summary>Declares a conflict of interest with a country (ISO code) or an organisation (by name).</summary>
    public ConflictOfInterest DeclareConflict(ConflictKind kind, string subject, string? note)
    {
        Guard.Defined(kind, "Conflict kind");
        var value = kind == ConflictKind.Country
            ? Guard.CountryCode(subject)
            : Guard.Required(subject, "The organisation", MemberOrganisation.NameMaxLength);
        if (_conflicts.Any(c => c.Kind == kind && string.Equals(c.Subject, value, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"A conflict with {value} is already declared.");
        }

        var conflict = new ConflictOfInterest(kind, value, Guard.Optional(note, "The note", ConflictOfInterest.NoteMaxLength));
        _conflicts.Add(conflict);
        return conflict;
    }

    public void WithdrawConflict(Guid conflictId)
    {
        if (_conflicts.RemoveAll(c => c.Id == conflictId) == 0)
        {
            throw new DomainException("That conflict is not declared on the expert's profile.");
        }
    }

    /// <summary>The declared conflicts that touch a case in this country or with these organisations.</summary>
    public IReadOnlyList<ConflictOfInterest> ConflictsWith(string? countryCode, IEnumerable<string> organisations)
    {
        var orgs = organisations.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
        return _conflicts.Where(c =>
                (c.Kind == ConflictKind.Country && countryCode is not null && string.Equals(c.Subject, countryCode, StringComparison.OrdinalIgnoreCase)) ||
                (c.Kind == ConflictKind.Organisation && orgs.Any(o => string.Equals(o.Trim(), c.Subject, StringComparison.OrdinalIgnoreCase))))
            .ToList();
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"{FullName} is already inactive.");
        }

        IsActive = false;
    }

    public void Reactivate()
    {
        if (IsActive)
        {
            throw new DomainException($"{FullName} is already active.");
        }

        IsActive = true;
    }
}

public sealed class Expertise
{
    private Expertise()
    {
        ThemeCode = string.Empty;
    }

    internal Expertise(string themeCode, ExpertiseLevel level)
    {
        ThemeCode = themeCode;
        Level = level;
    }

    public string ThemeCode { get; private set; }
    public ExpertiseLevel Level { get; private set; }
}

public sealed class UnavailablePeriod
{
    public const int NoteMaxLength = 500;

    private UnavailablePeriod()
    {
    }

    internal UnavailablePeriod(DateOnly from, DateOnly to, string? note)
    {
        Id = Guid.NewGuid();
        From = from;
        To = to;
        Note = note;
    }

    public Guid Id { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Note { get; private set; }
}

public sealed class ConflictOfInterest
{
    public const int NoteMaxLength = 500;

    private ConflictOfInterest()
    {
        Subject = string.Empty;
    }

    internal ConflictOfInterest(ConflictKind kind, string subject, string? note)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Subject = subject;
        Note = note;
    }

    public Guid Id { get; private set; }
    public ConflictKind Kind { get; private set; }

    /// <summary>An ISO country code or an organisation's name.</summary>
    public string Subject { get; private set; }
    public string? Note { get; private set; }
}
