using System.Text.Json;
using CouncilPerformance.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilPerformance.Core.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted <see cref="IAudited"/>
/// entity in the same save, so a change and its audit record commit or fail together.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private List<(EntityEntry Entry, AuditEntry Audit)>? _pendingKeys;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (FixUpNewKeys(eventData.Context) && eventData.Context is { } context)
        {
            context.SaveChanges();
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (FixUpNewKeys(eventData.Context) && eventData.Context is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        _pendingKeys = [];
        foreach (var entry in context.ChangeTracker.Entries<IAudited>().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changes = entry.Properties
                .Where(p => p.Metadata.Name != nameof(Entity.Version) && !p.Metadata.IsPrimaryKey())
                .Where(p => entry.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                .ToDictionary(
                    p => p.Metadata.Name,
                    p => new
                    {
                        before = entry.State == EntityState.Added ? null : p.OriginalValue,
                        after = entry.State == EntityState.Deleted ? null : p.CurrentValue,
                    });
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var audit = new AuditEntry
            {
                At = now,
                UserId = currentUser.Id,
                UserName = currentUser.Name,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State.ToString(),
                Changes = JsonSerializer.Serialize(changes),
            };
            context.Set<AuditEntry>().Add(audit);
            if (entry.State == EntityState.Added)
            {
                _pendingKeys.Add((entry, audit));
            }
        }
    }

    // Keys of added rows exist only after the insert; store them then, in a second small save.
    private bool FixUpNewKeys(DbContext? context)
    {
        if (context is null || _pendingKeys is not { Count: > 0 } pending)
        {
            return false;
        }

        _pendingKeys = null;
        foreach (var (entry, audit) in pending)
        {
            audit.EntityId = KeyOf(entry);
        }

        return context.ChangeTracker.HasChanges();
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => p.CurrentValue?.ToString()));
}
