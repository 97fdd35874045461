using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessibilityStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessibilityStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Statement = table.Column<string>(type: "TEXT", nullable: false),
                    Compliance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NonAccessibleContent = table.Column<string>(type: "TEXT", nullable: true),
                    PreparedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", nullable: true),
                    ContactAddress = table.Column<string>(type: "TEXT", nullable: true),
                    EnforcementText = table.Column<string>(type: "TEXT", nullable: false),
                    EnforcementUrl = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessibilityStatements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessibilityStatements_Version",
                table: "AccessibilityStatements",
                column: "Version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessibilityStatements");
        }
    }
}
