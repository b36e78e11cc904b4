using Microsoft.AspNetCore.OutputCaching;

namespace CouncilPerformance.Web.Features.PublicSite;

internal static class PublicSiteExtensions
{
    /// <summary>
    /// The public pages' options and their output cache. The cache serves only anonymous GETs that
    /// answered 200 and set no cookie (the framework's default policy), so a signed-in person always
    /// gets a fresh page and an error page is never kept. Every save empties it (<see cref="PublicCacheInvalidation"/>).
    /// </summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        var duration = configuration.GetSection(PublicSiteOptions.Section).Get<PublicSiteOptions>()?.CacheDuration ?? new PublicSiteOptions().CacheDuration;
        services.AddOutputCache(options => options.AddPolicy(PublicCache.Policy, policy => policy.Expire(duration).Tag(PublicCache.Tag)));
        services.AddSingleton<PublicCacheInvalidation>();
        PublicPageAntiforgery.Register(services);
        return services;
    }
}
