using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ResultVersionDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DetailsJson",
                table: "ResultVersions",
                type: "nvarchar(max)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedAvailableOn",
                table: "ResultVersions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotAvailableReason",
                table: "ResultVersions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PeriodNote",
                table: "ResultVersions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DetailsJson",
                table: "ResultVersions");

            migrationBuilder.DropColumn(
                name: "ExpectedAvailableOn",
                table: "ResultVersions");

            migrationBuilder.DropColumn(
                name: "NotAvailableReason",
                table: "ResultVersions");

            migrationBuilder.DropColumn(
                name: "PeriodNote",
                table: "ResultVersions");
        }
    }
}
