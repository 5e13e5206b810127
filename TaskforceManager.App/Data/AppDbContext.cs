using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Meetings;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Data;

/// <summary>
/// The one database context. Every save stamps a fresh concurrency version on each changed record (and on the
/// record that owns a changed part) and writes one audit row per changed field, in the same transaction.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentActor actor, TimeProvider clock)
    : IdentityDbContext<AppUser>(options)
{
    /// <summary>The app-managed concurrency token every editable record carries (SQLite has no rowversion).</summary>
    public const string VersionProperty = "Version";

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<MemberOrganisation> Organisations => Set<MemberOrganisation>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<BestPractice> BestPractices => Set<BestPractice>();
    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();
    public DbSet<PolicyBriefing> PolicyBriefings => Set<PolicyBriefing>();
    public DbSet<Taskforce> Taskforces => Set<Taskforce>();
    public DbSet<Roundtable> Roundtables => Set<Roundtable>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<ExpertAssignment> Assignments => Set<ExpertAssignment>();
    public DbSet<CaseComment> CaseComments => Set<CaseComment>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Off only for bulk loads that are not anybody's change (the benchmark generator).</summary>
    public bool AuditEnabled { get; set; } = true;

    /// <summary>The version a record carries now; give it back to <see cref="ExpectVersion"/> when saving an edit.</summary>
    public Guid VersionOf(object entity) => (Guid)Entry(entity).Property(VersionProperty).CurrentValue!;

    /// <summary>Saves only if the record still has the version the user started editing from; otherwise the save is a conflict.</summary>
    public void ExpectVersion(object entity, Guid version) => Entry(entity).Property(VersionProperty).OriginalValue = version;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned() && IsCaseData(t.ClrType)))
        {
            modelBuilder.Entity(type.ClrType).Property<Guid>(VersionProperty).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// Case and reference records carry versions and are audited field by field. Accounts are not: their stores keep
    /// their own concurrency stamp, and password hashes and security stamps must never be copied into the audit
    /// trail; sign-ins and account changes are audited as security events instead.
    /// </summary>
    private static bool IsCaseData(Type type) =>
        type != typeof(AuditEntry) && type.Namespace?.StartsWith("TaskforceManager.Domain", StringComparison.Ordinal) == true;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saving reads the current user and writes the audit trail.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        StampVersions();
        if (!AuditEnabled)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var pending = CaptureChanges();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var who = await actor.GetAsync();
        var at = clock.GetUtcNow();
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            // Keys generated by the insert are known only now.
            AuditEntries.AddRange(pending.SelectMany(p => p.ToAuditEntries(who, at)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit rows cannot be changed or deleted.");
        }
    }

    private void StampVersions()
    {
        var stamped = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);
        var owners = new OwnerIndex(ChangeTracker);
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            var root = owners.RootOf(entry);
            if (root is null || !IsCaseData(root.Metadata.ClrType) || root.State == EntityState.Deleted || !stamped.Add(root))
            {
                continue;
            }

            root.Property(VersionProperty).CurrentValue = Guid.NewGuid();
        }
    }

    private List<PendingAudit> CaptureChanges()
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is HistoryEntry || !IsCaseData(entry.Metadata.ClrType) || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var operation = entry.State switch
            {
                EntityState.Added => AuditOperation.Insert,
                EntityState.Deleted => AuditOperation.Delete,
                _ => AuditOperation.Update,
            };
            var fields = new List<(string Field, string? Old, string? New)>();
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.Name == VersionProperty || property.Metadata.IsPrimaryKey() || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
                {
                    continue;
                }

                var old = operation == AuditOperation.Insert ? null : Format(property.OriginalValue);
                var @new = operation == AuditOperation.Delete ? null : Format(property.CurrentValue);
                if (operation == AuditOperation.Update && (!property.IsModified || old == @new))
                {
                    continue;
                }

                if (operation != AuditOperation.Update && old is null && @new is null)
                {
                    continue;
                }

                fields.Add((property.Metadata.Name, old, @new));
            }

            if (fields.Count > 0 || operation != AuditOperation.Update)
            {
                pending.Add(new PendingAudit(entry, operation, fields, operation == AuditOperation.Delete ? KeyOf(entry, original: true) : null));
            }
        }

        return pending;
    }

    private static string EntityName(EntityEntry entry) =>
        entry.Metadata.IsOwned()
            ? $"{entry.Metadata.FindOwnership()!.PrincipalEntityType.ClrType.Name}.{entry.Metadata.ClrType.Name}"
            : entry.Metadata.ClrType.Name;

    private static string KeyOf(EntityEntry entry, bool original)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join("/", key.Properties.Select(p => Format(original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e => JsonSerializer.Serialize(e),
        _ => value.ToString(),
    };

    private sealed record PendingAudit(EntityEntry Entry, AuditOperation Operation, List<(string Field, string? Old, string? New)> Fields, string? DeletedKey)
    {
        public IEnumerable<AuditEntry> ToAuditEntries(Actor who, DateTimeOffset at)
        {
            var entity = EntityName(Entry);
            var key = DeletedKey ?? KeyOf(Entry, original: false);
            var rows = Fields.Count > 0 ? Fields : [("*", null, null)];
            return rows.Select(f => new AuditEntry
            {
                At = at,
                UserId = who.Id,
                UserName = who.Name,
                Entity = entity,
                EntityKey = key,
                Operation = Operation,
                Field = f.Field,
                OldValue = Truncate(f.Old),
                NewValue = Truncate(f.New),
            });
        }

        private static string? Truncate(string? value) => value is { Length: > 4000 } ? value[..4000] + "…" : value;
    }
}

/// <summary>Stores instants as UTC date-times, which every provider can compare and sort.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
