<#
.SYNOPSIS
  Löscht die Daten von Gesprächskompass aller Benutzer dieses Computers.

.DESCRIPTION
  Entfernt in jedem Benutzerprofil den Ordner %LOCALAPPDATA%\Gespraechskompass (Journal,
  Sicherungen, Protokolle, Einstellungen). Wird vom MSI bei der Deinstallation mit
  REMOVEUSERDATA=1 als SYSTEM aufgerufen; IT kann es auch selbst als Administrator ausführen.
  Ordner, die per Richtlinie (data_folder, backup_folder) an anderer Stelle liegen, gibt man mit
  -ExtraFolder an; sie werden nur gelöscht, wenn sie eine Journal-Datenbank enthalten.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File remove-user-data.ps1
  powershell -ExecutionPolicy Bypass -File remove-user-data.ps1 -ExtraFolder 'D:\Daten\Gespraechskompass'
#>
param([string[]]$ExtraFolder = @())

$ErrorActionPreference = 'Continue'
$log = Join-Path $env:windir 'Temp\Gespraechskompass-Benutzerdaten-entfernt.log'
"$(Get-Date -Format s) Entfernen der Benutzerdaten" | Out-File -FilePath $log -Append -Encoding utf8

$targets = @()
foreach ($profile in Get-CimInstance -ClassName Win32_UserProfile | Where-Object { -not $_.Special }) {
    $targets += Join-Path $profile.LocalPath 'AppData\Local\Gespraechskompass'
}
foreach ($folder in $ExtraFolder) {
    # Guard against a wrong argument: only a folder that holds a journal is removed.
    if (Test-Path (Join-Path $folder 'journal.sqlite3')) { $targets += $folder }
    else { "übersprungen (kein Journal): $folder" | Out-File -FilePath $log -Append -Encoding utf8 }
}
foreach ($target in $targets) {
    if (Test-Path -LiteralPath $target) {
        Remove-Item -LiteralPath $target -Recurse -Force -ErrorAction Continue
        if (Test-Path -LiteralPath $target) { $state = 'NICHT vollständig entfernt' } else { $state = 'entfernt' }
        "$state`: $target" | Out-File -FilePath $log -Append -Encoding utf8
    }
}
exit 0
