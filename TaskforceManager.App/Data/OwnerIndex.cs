using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TaskforceManager.App.Data;

/// <summary>
/// Finds the record that owns a changed owned part (a history entry, an action item) among the tracked entries. The
/// entries are indexed by key once per save, so a save of many records with many parts costs a lookup per part rather
/// than a scan of everything tracked.
/// </summary>
internal sealed class OwnerIndex(ChangeTracker tracker)
{
    private readonly Dictionary<IKey, Dictionary<object?[], EntityEntry>> _byKey = [];

    /// <summary>The record that owns this entry (itself when it is not an owned part); null when its owner is not tracked.</summary>
    public EntityEntry? RootOf(EntityEntry entry)
    {
        while (entry.Metadata.IsOwned())
        {
            var ownership = entry.Metadata.FindOwnership()!;
            var keyValues = ownership.Properties
                .Select(p => entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)
                .ToArray();
            if (!EntriesBy(ownership.PrincipalKey).TryGetValue(keyValues, out var owner) || owner.Metadata != ownership.PrincipalEntityType)
            {
                return null;
            }

            entry = owner;
        }

        return entry;
    }

    private Dictionary<object?[], EntityEntry> EntriesBy(IKey key)
    {
        if (_byKey.TryGetValue(key, out var entries))
        {
            return entries;
        }

        entries = new Dictionary<object?[], EntityEntry>(KeyValuesComparer.Instance);
        foreach (var entry in tracker.Entries().Where(e => e.Metadata == key.DeclaringEntityType))
        {
            entries.TryAdd(key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray(), entry);
        }

        _byKey[key] = entries;
        return entries;
    }

    private sealed class KeyValuesComparer : IEqualityComparer<object?[]>
    {
        public static readonly KeyValuesComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) => StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

        public int GetHashCode(object?[] obj) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(obj);
    }
}
