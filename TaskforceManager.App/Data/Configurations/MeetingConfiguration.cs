using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(x => x.Title).HasMaxLength(Meeting.TitleMaxLength);
        b.Property(x => x.TimeZoneId).HasMaxLength(Meeting.TimeZoneMaxLength);
        b.Property(x => x.City).HasMaxLength(Meeting.PlaceMaxLength);
        b.Property(x => x.Venue).HasMaxLength(Meeting.PlaceMaxLength);
        b.Property(x => x.OnlineLink).HasMaxLength(Meeting.LinkMaxLength);
        b.Property(x => x.HostOrganisation).HasMaxLength(Meeting.PlaceMaxLength);
        b.Property(x => x.Objective).HasMaxLength(Meeting.TextMaxLength);
        b.Property(x => x.Agenda).HasMaxLength(Meeting.TextMaxLength);
        b.Property(x => x.Summary).HasMaxLength(Meeting.TextMaxLength);
        b.Property(x => x.Minutes).HasMaxLength(Meeting.MinutesMaxLength);
        b.Property(x => x.CancellationReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.HasOne<Taskforce>().WithMany().HasForeignKey(x => x.TaskforceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Roundtable>().WithMany().HasForeignKey(x => x.RoundtableId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TaskforceId, x.StartsAt });
        b.HasIndex(x => new { x.RoundtableId, x.StartsAt });
        b.HasIndex(x => x.StartsAt);
        b.HasIndex(x => new { x.OutcomeStatus, x.StartsAt });
        b.HasIndex(x => new { x.Status, x.OutcomeStatus });
        b.OwnsMany(x => x.Attendees, a =>
        {
            a.ToTable("MeetingAttendees");
            a.WithOwner().HasForeignKey("MeetingId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Name).HasMaxLength(Attendee.NameMaxLength);
            a.Property(x => x.Organisation).HasMaxLength(Attendee.NameMaxLength);
        });
        b.Property(x => x.ReturnReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.OwnsMany(x => x.Stakeholders, s =>
        {
            s.ToTable("MeetingStakeholders");
            s.WithOwner().HasForeignKey("MeetingId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Organisation).HasMaxLength(Attendee.NameMaxLength);
        });
        b.OwnsMany(x => x.Decisions, d =>
        {
            d.ToTable("MeetingDecisions");
            d.WithOwner().HasForeignKey("MeetingId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Text).HasMaxLength(Decision.TextMaxLength);
        });
        b.OwnsMany(x => x.ActionItems, i =>
        {
            i.ToTable("ActionItems");
            i.WithOwner().HasForeignKey("MeetingId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Text).HasMaxLength(ActionItem.TextMaxLength);
            i.Property(x => x.OwnerName).HasMaxLength(ActionItem.OwnerNameMaxLength);
            i.Property(x => x.ResolutionReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
            i.HasIndex(x => new { x.Status, x.DueOn });
            i.HasIndex(x => x.OwnerExpertId);
        });
        b.OwnsRecommendations("MeetingRecommendations");
        b.Navigation(x => x.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Stakeholders).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.ActionItems).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsHistory("MeetingHistory");
    }
}
