using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core;

public static class DependencyInjection
{
    /// <summary>Registers the feature services of the core.</summary>
    public static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        return services;
    }
}
