<#
Starts the Kios3in1 kiosk when the kiosk's Windows user logs on (a scheduled task). Run it once, as that user, in PowerShell:

  powershell -ExecutionPolicy Bypass -File packaging\windows\install-autostart.ps1

-Kiosk is the kiosk program: the installed clone's .venv\Scripts\kiosk.exe (the default,
next to this folder's repository) or the frozen build's kiosk.exe. -Arguments are its options
(add --data-dir DIR to keep the data elsewhere). Remove the task again with:

  Unregister-ScheduledTask -TaskName Kios3in1 -Confirm:$false

Set the user to sign in automatically (netplwiz, or Windows' "assigned access") so a power
cut ends with the kiosk back on screen.
#>
param(
    [string]$Kiosk = (Join-Path $PSScriptRoot "..\..\.venv\Scripts\kiosk.exe"),
    [string]$Arguments = "--lang id"
)
$ErrorActionPreference = "Stop"
$program = (Resolve-Path $Kiosk).Path
$action = New-ScheduledTaskAction -Execute $program -Argument $Arguments
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $env:USERNAME
# Retried up to three times, a minute apart, if it fails to start; never stopped for running long.
$settings = New-ScheduledTaskSettingsSet -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
Register-ScheduledTask -TaskName "Kios3in1" -Action $action -Trigger $trigger -Settings $settings `
    -Description "Kios3in1 kiosk, full screen, at logon" -Force | Out-Null
Write-Output "Kios3in1 starts at the next logon of $env:USERNAME ($program $Arguments)."
