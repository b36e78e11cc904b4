using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace CouncilPerformance.Web.Tests.Components;

/// <summary>
/// Base class for bUnit tests of components that use MudBlazor: registers the MudBlazor services
/// once, lets MudBlazor's JavaScript calls through, and renders the popover provider.
/// </summary>
/// <remarks>
/// xUnit v2 disposes a test class with the synchronous <see cref="IDisposable.Dispose"/>, but some
/// MudBlazor services are only <see cref="IAsyncDisposable"/>, which fails every test
/// (MudBlazor #12403). Disposing through <see cref="IAsyncLifetime.DisposeAsync"/> avoids that.
/// </remarks>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        // Strict mode (the default) throws on the first MudBlazor JS call made while rendering.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Popover = Render<MudPopoverProvider>();
    }

    /// <summary>Where MudSelect and MudMenu render their items.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popover { get; }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
