namespace CouncilPerformance.Core.Data.Seed;

/// <summary>Placeholder: filled in with the One Coventry Plan content.</summary>
public static class CoventrySeed
{
    public static Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
