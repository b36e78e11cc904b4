using Microsoft.Playwright;

namespace CouncilPerformance.E2ETests;

/// <summary>
/// Full-page screenshots in the test output (<c>bin/.../screenshots</c>), copied to the git-ignored
/// <c>artifacts/screenshots</c> at the repository root when it can be created, so reviewers find them in one place.
/// </summary>
public static class Screenshots
{
    private static readonly Lazy<string?> _artifactsDirectory = new(FindArtifactsDirectory);

    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);

        Directory.CreateDirectory(OutputDirectory);
        var path = Path.Combine(OutputDirectory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        if (_artifactsDirectory.Value is { } artifacts)
        {
            File.Copy(path, Path.Combine(artifacts, name + ".png"), overwrite: true);
        }
    }

    private static string? FindArtifactsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CouncilPerformance.sln")))
            {
                try
                {
                    return Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "screenshots")).FullName;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
