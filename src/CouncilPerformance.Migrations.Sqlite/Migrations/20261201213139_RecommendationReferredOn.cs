using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecommendationReferredOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReferredOn",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReferredOn",
                table: "Recommendations");
        }
    }
}
