using Microsoft.AspNetCore.Antiforgery;

namespace CouncilPerformance.Web.Features.PublicSite;

/// <summary>
/// Blazor asks for an antiforgery token at the end of every server-rendered page, and storing one
/// sets a cookie and "Cache-Control: no-cache, no-store", which would keep every public page out
/// of the output cache. The public pages have no form, so on them the token is made without being
/// stored; every other page and every validation goes to the framework's own implementation.
/// </summary>
internal sealed class PublicPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsPublicPage(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsPublicPage(HttpContext httpContext) =>
        httpContext.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is not null;

    /// <summary>Wraps the registered <see cref="IAntiforgery"/>; call after the framework has registered it.</summary>
    public static void Register(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Register the public pages' antiforgery after AddRazorComponents.");
        services.Remove(original);
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The framework's IAntiforgery is not registered by type.");
        services.Add(new ServiceDescriptor(implementation, implementation, original.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IAntiforgery), sp => new PublicPageAntiforgery((IAntiforgery)sp.GetRequiredService(implementation)), original.Lifetime));
    }
}
