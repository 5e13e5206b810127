using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Data.Configurations;

internal static class ModelBuilderExtensions
{
    /// <summary>Maps a record's history as its own table, oldest first.</summary>
    public static void OwnsHistory<T>(this EntityTypeBuilder<T> builder, string table) where T : class =>
        builder.OwnsMany<HistoryEntry>("History", h =>
        {
            h.ToTable(table);
            h.WithOwner().HasForeignKey("OwnerId");
            h.Property<int>("Id");
            h.HasKey("Id");
            h.Property(x => x.ActorId).HasMaxLength(Actor.IdMaxLength);
            h.Property(x => x.ActorName).HasMaxLength(Actor.NameMaxLength);
            h.Property(x => x.Action).HasMaxLength(HistoryEntry.ActionMaxLength);
            h.Property(x => x.FromState).HasMaxLength(HistoryEntry.StateMaxLength);
            h.Property(x => x.ToState).HasMaxLength(HistoryEntry.StateMaxLength);
            h.Property(x => x.Reason).HasMaxLength(HistoryEntry.ReasonMaxLength);
            h.HasIndex("OwnerId");
        });

    public static void OwnsRecommendations<T>(this EntityTypeBuilder<T> builder, string table) where T : class =>
        builder.OwnsMany<Recommendation>("Recommendations", r =>
        {
            r.ToTable(table);
            r.WithOwner().HasForeignKey("OwnerId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
        });
}
