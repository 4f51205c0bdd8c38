"""What checking a registry file reports: each issue (error or warning, naming the file, the
record, the field and the line), the error that stops a load, and the file read and checked."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


@dataclass(frozen=True)
class ValidationIssue:
    file: str
    record: Optional[str]  # "service 'foo'", or "services[3]" when the id is missing
    field: Optional[str]  # "languages", "schedules[1].closes_at"
    message: str
    line: Optional[int] = None
    severity: str = "error"  # "error" | "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (self.record, f"field '{self.field}'" if self.field else None)
            if part
        )
        text = f"{self.file}: "
        if not self.is_error:
            text += "warning: "
        text += f"{where}: {self.message}" if where else self.message
        if self.line is not None:
            text += f" (line {self.line})"
        return text


class RegistryValidationError(Exception):
    """A registry file with errors; nothing was loaded. ``issues`` lists every error."""

    def __init__(self, issues: list[ValidationIssue]):
        self.issues = [issue for issue in issues if issue.is_error]
        count = len(self.issues)
        files = sorted({issue.file for issue in self.issues})
        heading = f"{', '.join(files)}: {count} error{'s' if count != 1 else ''}, nothing loaded"
        super().__init__("\n".join([heading] + [str(issue) for issue in self.issues]))


@dataclass
class ParsedRegistry:
    """A registry file read and checked: its issues, and its cleaned records when it has no errors."""

    path: Path
    sha256: str
    issues: list[ValidationIssue]
    taxonomy: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)

    @property
    def errors(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.is_error]

    @property
    def warnings(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if not issue.is_error]
