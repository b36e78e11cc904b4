using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TargetsKindsAndSimilarBand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Comparators",
                table: "Targets",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EqualCounts",
                table: "Targets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Targets",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Value");

            migrationBuilder.AddColumn<decimal>(
                name: "UpperValue",
                table: "Targets",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SimilarBand",
                table: "Kpis",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            // Before target kinds, a target row with no number meant "no target set".
            migrationBuilder.Sql("UPDATE Targets SET Kind = 'None' WHERE Value IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Comparators",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "EqualCounts",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "UpperValue",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "SimilarBand",
                table: "Kpis");
        }
    }
}
