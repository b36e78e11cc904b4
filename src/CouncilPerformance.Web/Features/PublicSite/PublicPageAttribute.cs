namespace CouncilPerformance.Web.Features.PublicSite;

/// <summary>
/// Marks a page of the public site. <c>App.razor</c> reads it from the endpoint to give the page the
/// GOV.UK Frontend stylesheet and no Blazor script: the page is plain server-rendered HTML, cached,
/// and works with JavaScript off.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
