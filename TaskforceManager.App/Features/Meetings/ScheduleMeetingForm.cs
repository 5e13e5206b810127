using FluentValidation;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;

namespace TaskforceManager.App.Features.Meetings;

/// <summary>Scheduling a meeting: the date and time are local to <see cref="TimeZoneId"/>.</summary>
public sealed class ScheduleMeetingForm
{
    public string? Title { get; set; }
    public DateTime? Date { get; set; }
    public TimeSpan? StartTime { get; set; } = new(10, 0, 0);
    public int DurationMinutes { get; set; } = 120;
    public string TimeZoneId { get; set; } = "Europe/Brussels";
    public MeetingFormat Format { get; set; } = MeetingFormat.InPerson;
    public string? City { get; set; }
    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public string? HostOrganisation { get; set; }
    public string? Objective { get; set; }
    public string? Agenda { get; set; }
    public IEnumerable<int> InvitedExpertIds { get; set; } = [];

    /// <summary>Stakeholder organisations invited, each with its stakeholder type.</summary>
    public List<StakeholderRow> Stakeholders { get; set; } = [];
}

/// <summary>One stakeholder organisation on the scheduling form.</summary>
public sealed class StakeholderRow
{
    public string? Organisation { get; set; }
    public StakeholderType StakeholderType { get; set; } = StakeholderType.EducationInstitution;
}

public sealed class ScheduleMeetingFormValidator : AbstractValidator<ScheduleMeetingForm>
{
    public ScheduleMeetingFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the meeting a title.")
            .MaximumLength(Meeting.TitleMaxLength).WithMessage($"The title has at most {Meeting.TitleMaxLength} characters.");
        RuleFor(x => x.Date).NotNull().WithMessage("Give the date of the meeting.");
        RuleFor(x => x.StartTime).NotNull().WithMessage("Give the start time.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60).WithMessage("A meeting lasts between 15 minutes and a day.");
        RuleFor(x => x.TimeZoneId).Must(z => TimeZoneInfo.TryFindSystemTimeZoneById(z ?? string.Empty, out _))
            .WithMessage("Give a time zone such as Europe/Madrid.");
        RuleFor(x => x.City).NotEmpty().When(x => x.Format != MeetingFormat.Online).WithMessage("Give the city of a meeting held in person.")
            .MaximumLength(Meeting.PlaceMaxLength);
        RuleFor(x => x.Venue).MaximumLength(Meeting.PlaceMaxLength);
        RuleFor(x => x.OnlineLink).Must(l => l is null || (Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps))
            .WithMessage("The online link must be a full https:// address.").MaximumLength(Meeting.LinkMaxLength);
        RuleFor(x => x.HostOrganisation).MaximumLength(Meeting.PlaceMaxLength);
        RuleFor(x => x.Objective).MaximumLength(Meeting.TextMaxLength);
        RuleFor(x => x.Agenda).MaximumLength(Meeting.TextMaxLength);
        RuleForEach(x => x.Stakeholders).SetValidator(new StakeholderRowValidator());
        RuleFor(x => x.Stakeholders)
            .Must(rows => rows.Where(r => !string.IsNullOrWhiteSpace(r.Organisation))
                .GroupBy(r => r.Organisation!.Trim(), StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .WithMessage("Each stakeholder organisation is invited once.");
    }
}

public sealed class StakeholderRowValidator : AbstractValidator<StakeholderRow>
{
    public StakeholderRowValidator()
    {
        RuleFor(r => r.Organisation).NotEmpty().WithMessage("Give the stakeholder organisation, or remove the row.")
            .MaximumLength(Attendee.NameMaxLength).WithMessage($"The organisation has at most {Attendee.NameMaxLength} characters.");
        RuleFor(r => r.StakeholderType).IsInEnum().WithMessage("Choose the stakeholder type.");
    }
}
