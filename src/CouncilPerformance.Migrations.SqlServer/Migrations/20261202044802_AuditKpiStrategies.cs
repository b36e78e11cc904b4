using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilPerformance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditKpiStrategies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
