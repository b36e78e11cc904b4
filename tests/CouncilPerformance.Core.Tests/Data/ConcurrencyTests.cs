using CouncilPerformance.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Data;

/// <summary>
/// The app-managed <c>Version</c> token on real SQLite, which has no rowversion: a stale edit must
/// fail instead of silently overwriting someone else's change.
/// </summary>
public class ConcurrencyTests
{
    [Fact]
    public async Task SaveChanges_throws_when_another_context_saved_the_same_row_first()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        var priorityId = await InsertPriorityAsync(db);
        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var firstCopy = await first.Priorities.SingleAsync(p => p.Id == priorityId);
        var secondCopy = await second.Priorities.SingleAsync(p => p.Id == priorityId);
        firstCopy.Description = "Changed by the first editor";
        secondCopy.Description = "Changed by the second editor";

        // Act
        await first.SaveChangesAsync();
        var ex = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        // Assert
        Assert.Same(secondCopy, Assert.Single(ex.Entries).Entity);
        await using var check = db.CreateContext();
        var saved = await check.Priorities.AsNoTracking().SingleAsync(p => p.Id == priorityId);
        Assert.Equal("Changed by the first editor", saved.Description);
    }

    [Fact]
    public async Task Synchronous_SaveChanges_also_throws_on_a_stale_edit()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        var serviceAreaId = await InsertServiceAreaAsync(db);
        using var first = db.CreateContext();
        using var second = db.CreateContext();
        var firstCopy = first.ServiceAreas.Single(s => s.Id == serviceAreaId);
        var secondCopy = second.ServiceAreas.Single(s => s.Id == serviceAreaId);
        firstCopy.Directorate = "Law and Governance";
        secondCopy.Directorate = "Finance and Resources";

        // Act
        first.SaveChanges();
        var ex = Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());

        // Assert
        Assert.Single(ex.Entries);
        using var check = db.CreateContext();
        Assert.Equal("Law and Governance", check.ServiceAreas.AsNoTracking().Single(s => s.Id == serviceAreaId).Directorate);
    }

    [Fact]
    public async Task SaveChanges_stamps_a_new_version_on_each_save()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        var serviceAreaId = await InsertServiceAreaAsync(db);
        await using var context = db.CreateContext();
        var area = await context.ServiceAreas.SingleAsync(s => s.Id == serviceAreaId);
        var inserted = area.Version;

        // Act
        area.Directorate = "First change";
        await context.SaveChangesAsync();
        var afterFirst = area.Version;
        area.Directorate = "Second change";
        await context.SaveChangesAsync();
        var afterSecond = area.Version;

        // Assert
        Assert.NotEqual(inserted, afterFirst);
        Assert.NotEqual(afterFirst, afterSecond);
        Assert.NotEqual(inserted, afterSecond);
        await using var check = db.CreateContext();
        Assert.Equal(afterSecond, (await check.ServiceAreas.AsNoTracking().SingleAsync(s => s.Id == serviceAreaId)).Version);
    }

    [Fact]
    public async Task SaveChanges_keeps_the_version_when_nothing_changed()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        var serviceAreaId = await InsertServiceAreaAsync(db);
        await using var context = db.CreateContext();
        var area = await context.ServiceAreas.SingleAsync(s => s.Id == serviceAreaId);
        var loaded = area.Version;

        // Act
        var written = await context.SaveChangesAsync();

        // Assert
        Assert.Equal(0, written);
        Assert.Equal(loaded, area.Version);
    }

    [Fact]
    public async Task A_web_form_posting_a_stale_version_is_refused()
    {
        // Arrange: the form was rendered with the version as it stood then...
        await using var db = await TestDatabase.CreateAsync();
        var serviceAreaId = await InsertServiceAreaAsync(db);
        Guid staleVersion;
        await using (var render = db.CreateContext())
        {
            staleVersion = (await render.ServiceAreas.AsNoTracking().SingleAsync(s => s.Id == serviceAreaId)).Version;
        }

        // ...and someone else saved the row before the form came back.
        await using (var other = db.CreateContext())
        {
            var area = await other.ServiceAreas.SingleAsync(s => s.Id == serviceAreaId);
            area.Directorate = "Changed meanwhile";
            await other.SaveChangesAsync();
        }

        await using var post = db.CreateContext();
        var current = await post.ServiceAreas.SingleAsync(s => s.Id == serviceAreaId);
        post.Entry(current).Property(x => x.Version).OriginalValue = staleVersion;
        current.Directorate = "From the stale form";

        // Act
        var act = () => post.SaveChangesAsync();

        // Assert
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(act);
        await using var check = db.CreateContext();
        Assert.Equal("Changed meanwhile", (await check.ServiceAreas.AsNoTracking().SingleAsync(s => s.Id == serviceAreaId)).Directorate);
    }

    [Fact]
    public async Task A_web_form_posting_the_current_version_is_saved()
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync();
        var serviceAreaId = await InsertServiceAreaAsync(db);
        Guid renderedVersion;
        await using (var render = db.CreateContext())
        {
            renderedVersion = (await render.ServiceAreas.AsNoTracking().SingleAsync(s => s.Id == serviceAreaId)).Version;
        }

        await using var post = db.CreateContext();
        var current = await post.ServiceAreas.SingleAsync(s => s.Id == serviceAreaId);
        post.Entry(current).Property(x => x.Version).OriginalValue = renderedVersion;
        current.Directorate = "From the form";

        // Act
        var written = await post.SaveChangesAsync();

        // Assert: the service area and, since service areas are audited, its audit entry.
        Assert.Equal(2, written);
        await using var check = db.CreateContext();
        var saved = await check.ServiceAreas.AsNoTracking().SingleAsync(s => s.Id == serviceAreaId);
        Assert.Equal("From the form", saved.Directorate);
        Assert.NotEqual(renderedVersion, saved.Version);
    }

    private static async Task<int> InsertPriorityAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var plan = new CouncilPlan { Name = "Test Plan 2022–2030", StartYear = 2022, EndYear = 2030 };
        var priority = new Priority { CouncilPlan = plan, Name = "Reducing Inequalities", Description = "As first written" };
        context.Priorities.Add(priority);
        await context.SaveChangesAsync();
        return priority.Id;
    }

    private static async Task<int> InsertServiceAreaAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var area = new ServiceArea { Name = "Streetpride and Parks", Directorate = "City Services" };
        context.ServiceAreas.Add(area);
        await context.SaveChangesAsync();
        return area.Id;
    }
}
