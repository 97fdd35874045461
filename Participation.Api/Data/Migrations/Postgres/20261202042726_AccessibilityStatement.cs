using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Api.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "text", nullable: false),
                    Compliance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NonAccessibleContent = table.Column<string>(type: "text", nullable: true),
                    PreparedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ContactPhone = table.Column<string>(type: "text", nullable: true),
                    ContactAddress = table.Column<string>(type: "text", nullable: true),
                    EnforcementText = table.Column<string>(type: "text", nullable: false),
                    EnforcementUrl = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
