using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilPerformance.Web.Features.PublicSite;

/// <summary>The output-cache policy of the public pages and open data, and its tag.</summary>
public static class PublicCache
{
    public const string Policy = "PublicSite";

    public const string Tag = "public-site";
}

/// <summary>
/// Empties the public pages' cache after any save, so a publication, a correction or a recorded
/// decision shows at once rather than when the cache expires. Saves are rare next to reads, so
/// evicting on every save costs little and cannot miss a kind of change.
/// </summary>
public sealed class PublicCacheInvalidation(IOutputCacheStore store) : SaveChangesInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (result > 0)
        {
            await store.EvictByTagAsync(PublicCache.Tag, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (result > 0)
        {
            store.EvictByTagAsync(PublicCache.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }
}
