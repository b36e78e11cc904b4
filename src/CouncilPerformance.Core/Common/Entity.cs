namespace CouncilPerformance.Core.Common;

/// <summary>
/// Base of everything people edit. <see cref="Version"/> is an app-managed concurrency token:
/// SQLite has no rowversion, so a new value is stamped on every save (see <c>AppDbContext</c>)
/// and a stale edit fails instead of silently overwriting someone else's change.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
