# The local Identity Center emulator for a user's own tests: starts the idc-emulator tool as a process on loopback,
# reads the one JSON line it prints (--print-json), waits until it answers, and drives its admin API (/_emulator).
# Works in Windows PowerShell 5.1 and PowerShell 7, with no assembly of its own.

Set-StrictMode -Version Latest

$script:CommandName = 'idc-emulator'
$script:AssemblyName = 'IdentityCenter.Emulator.dll'
$script:Running = New-Object 'System.Collections.Generic.List[object]'
$script:Current = $null

# The variables the IdentityCenter module's credential chain reads (Core's EnvironmentVariables is their source; this
# module has no assembly to share it). The security token is cleared, not set: keys and token travel together, and a
# token left over from the user's own session would spoil the emulator's keys.
$script:EnvironmentNames = [ordered]@{
    AccessKeyId   = 'HUAWEICLOUD_SDK_AK'
    SecretKey     = 'HUAWEICLOUD_SDK_SK'
    SecurityToken = 'HUAWEICLOUD_SDK_SECURITY_TOKEN'
    DomainId      = 'HUAWEICLOUD_SDK_DOMAIN_ID'
    Endpoint      = 'HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT'
}

function Resolve-EmulatorCommand {
    # Which program to start, and the arguments that come before the emulator's own: the tool's executable as it is,
    # or the emulator's assembly through dotnet.
    param([string] $Path)

    if (-not $Path) {
        $found = Get-Command -Name $script:CommandName -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $found) {
            throw ("$($script:CommandName) is not on PATH. Install the emulator tool, for example " +
                "'dotnet tool install --global IdentityCenter.Emulator', or " +
                "'dotnet tool install --tool-path <folder> --add-source <package folder> IdentityCenter.Emulator', " +
                "then add that folder to PATH or give it to -Path.")
        }

        return @{ FilePath = $found.Source; Prefix = @() }
    }

    if (-not (Test-Path -LiteralPath $Path)) {
        throw "-Path '$Path' does not exist; give the $($script:CommandName) executable, the folder it was installed to (--tool-path), or $($script:AssemblyName)."
    }

    $resolved = (Resolve-Path -LiteralPath $Path).ProviderPath
    if (Test-Path -LiteralPath $resolved -PathType Container) {
        $candidates = @(
            (Join-Path $resolved $script:CommandName)
            (Join-Path $resolved "$($script:CommandName).exe")
            (Join-Path $resolved $script:AssemblyName)
        )
        $inFolder = $candidates | Where-Object { Test-Path -LiteralPath $_ -PathType Leaf } | Select-Object -First 1
        if (-not $inFolder) {
            throw "-Path '$Path' is a folder with neither $($script:CommandName) nor $($script:AssemblyName) in it."
        }

        $resolved = $inFolder
    }

    if ($resolved.EndsWith('.dll', [System.StringComparison]::OrdinalIgnoreCase)) {
        $dotnet = Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $dotnet) {
            throw "-Path '$Path' is an assembly, which runs with dotnet, and dotnet is not on PATH."
        }

        return @{ FilePath = $dotnet.Source; Prefix = @($resolved) }
    }

    @{ FilePath = $resolved; Prefix = @() }
}

function ConvertTo-ArgumentText {
    # Start-Process joins its arguments with spaces as they are, so one with a space must bring its own quotes.
    param([string[]] $Arguments)

    foreach ($argument in $Arguments) {
        if ($argument -match '[\s"]') { '"' + ($argument -replace '"', '\"') + '"' } else { $argument }
    }
}

function Read-SharedText {
    # The emulator keeps its output files open for writing; open them so that is allowed.
    param([Parameter(Mandatory)][string] $Path)

    if (-not (Test-Path -LiteralPath $Path)) { return '' }
    $stream = [System.IO.File]::Open($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, [System.IO.FileShare]::ReadWrite)
    try {
        (New-Object System.IO.StreamReader($stream)).ReadToEnd()
    }
    finally {
        $stream.Dispose()
    }
}

function Read-EmulatorBanner {
    # The first complete line of the emulator's output is its banner as JSON; null until it is all there.
    param([Parameter(Mandatory)][string] $OutputFile)

    $text = Read-SharedText -Path $OutputFile
    $end = $text.IndexOf("`n")
    if ($end -lt 0) { return $null }
    $line = $text.Substring(0, $end).Trim()
    if (-not $line.StartsWith('{')) {
        throw "The emulator's first line is not its JSON banner (is the tool older than --print-json?): $line"
    }

    $line | ConvertFrom-Json
}

function New-PlainCredential {
    param([string] $UserName, [string] $Secret)

    if (-not $UserName -or -not $Secret) { return $null }
    New-Object System.Management.Automation.PSCredential($UserName, (ConvertTo-SecureString -String $Secret -AsPlainText -Force))
}

function Resolve-Emulator {
    # -Emulator as given (an object Start-IdcEmulator returned, or the address of one started elsewhere), or the one
    # this session started last.
    param($Emulator)

    if ($null -eq $Emulator) {
        if ($null -eq $script:Current) {
            throw 'No emulator is running in this session: start one with Start-IdcEmulator, or give -Emulator.'
        }

        return $script:Current
    }

    if ($Emulator -is [string] -or $Emulator -is [uri]) {
        return [pscustomobject]@{ Url = "$Emulator".TrimEnd('/') }
    }

    if (-not $Emulator.PSObject.Properties['Url'] -or -not $Emulator.Url) {
        throw '-Emulator must be what Start-IdcEmulator returned, or the emulator''s address such as http://127.0.0.1:5080.'
    }

    $Emulator
}

function Invoke-EmulatorAdmin {
    # One call to the admin API; a refusal becomes an error that quotes the emulator's reason.
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)][string] $Method,
        [Parameter(Mandatory)][string] $Path,
        $Body
    )

    $request = @{ Method = $Method; Uri = "$($Emulator.Url)/_emulator/$Path"; TimeoutSec = 30 }
    if ($null -ne $Body) {
        $request.Body = ConvertTo-Json -InputObject $Body -Depth 5 -Compress
        $request.ContentType = 'application/json'
    }

    try {
        Invoke-RestMethod @request
    }
    catch {
        # The emulator's error body names the problem; without one (nothing listening), the transport's message does.
        $reason = $_.Exception.Message
        $details = if ($_.ErrorDetails) { $_.ErrorDetails.Message } else { $null }
        if ($details) {
            $reason = $details
            try {
                $body = $details | ConvertFrom-Json
                if ($body.PSObject.Properties['error_msg']) { $reason = $body.error_msg }
            }
            catch {
                Write-Debug 'The error body is not JSON; quoting it as it is.'
            }
        }

        throw "The emulator at $($Emulator.Url) refused $Method /_emulator/${Path}: $reason"
    }
}

function Set-EmulatorEnvironment {
    param([Parameter(Mandatory)] $Emulator)

    $saved = @{}
    foreach ($name in $script:EnvironmentNames.Values) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
    }

    [Environment]::SetEnvironmentVariable($script:EnvironmentNames.AccessKeyId, $Emulator.AccessKeyId)
    [Environment]::SetEnvironmentVariable($script:EnvironmentNames.SecretKey, $Emulator.Credential.GetNetworkCredential().Password)
    [Environment]::SetEnvironmentVariable($script:EnvironmentNames.SecurityToken, $null)
    [Environment]::SetEnvironmentVariable($script:EnvironmentNames.DomainId, $Emulator.DomainId)
    [Environment]::SetEnvironmentVariable($script:EnvironmentNames.Endpoint, $Emulator.Url)
    $saved
}

function Stop-Emulator {
    # Everything Start-IdcEmulator did, undone: the process, the environment, the session, the list of running ones.
    param([Parameter(Mandatory)] $Emulator)

    Stop-EmulatorProcess -Emulator $Emulator
    if ($Emulator.SavedEnvironment) {
        foreach ($name in $Emulator.SavedEnvironment.Keys) {
            [Environment]::SetEnvironmentVariable($name, $Emulator.SavedEnvironment[$name])
        }
        $Emulator.SavedEnvironment = $null
    }

    if ($Emulator.Connected) {
        # The IdentityCenter module may have been removed since; then there is no session left to end.
        if (Get-Command -Name Disconnect-IdcService -ErrorAction SilentlyContinue) { Disconnect-IdcService }
        $Emulator.Connected = $false
    }

    # By reference: every PSCustomObject compares equal to every other.
    for ($i = $script:Running.Count - 1; $i -ge 0; $i--) {
        if ([object]::ReferenceEquals($script:Running[$i], $Emulator)) { $script:Running.RemoveAt($i) }
    }
    if ([object]::ReferenceEquals($script:Current, $Emulator)) {
        $script:Current = if ($script:Running.Count -gt 0) { $script:Running[$script:Running.Count - 1] } else { $null }
    }
}

function Stop-EmulatorProcess {
    param([Parameter(Mandatory)] $Emulator)

    $process = $Emulator.Process
    if ($process -and -not $process.HasExited) {
        Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
        $null = $process.WaitForExit(10000)
    }

    foreach ($file in @($Emulator.OutputFile, $Emulator.ErrorFile)) {
        if ($file -and (Test-Path -LiteralPath $file)) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        }
    }
}

function Start-IdcEmulator {
    <#
    .SYNOPSIS
    Starts the local Identity Center emulator on a free loopback port and returns its address, credentials and ids.

    .DESCRIPTION
    Runs the idc-emulator tool (from PATH, or from -Path) with --print-json, reads the address and demo credentials it
    prints, and waits until its admin API answers. The returned object has Url, AccessKeyId, Credential (a
    PSCredential of the access key id and secret key), TemporaryCredential with SecurityToken, DomainId, InstanceId,
    IdentityStoreId, AccountIds, ConnectionParameters (EndpointUrl, Credential and DomainId, to splat into an
    IdentityCenter command) and ProcessId.

    The other commands of this module act on the emulator started last unless given -Emulator. -Connect points the
    IdentityCenter module's session at it (Connect-IdcService); -SetEnvironment sets the HUAWEICLOUD_SDK_* variables a
    runbook reads instead. Stop-IdcEmulator undoes both.

    The tool needs the .NET 10 runtime (ASP.NET Core). Install it once with
    dotnet tool install --global IdentityCenter.Emulator, or offline from a folder that holds its package with
    dotnet tool install --tool-path <folder> --add-source <package folder> IdentityCenter.Emulator.

    .PARAMETER Path
    The idc-emulator executable, the folder a 'dotnet tool install --tool-path' put it in, or IdentityCenter.Emulator.dll
    (run with dotnet). Without it, idc-emulator is looked up on PATH.

    .PARAMETER Url
    The address to listen on; port 0, the default, lets the system pick a free port, so tests never collide.

    .PARAMETER ArgumentList
    More options for the emulator, such as '--data', 'state.json' to keep its state in a file, or '--rate-limit', '5'.
    Run idc-emulator --help for the list.

    .PARAMETER TimeoutSeconds
    How long to wait for the emulator to start answering.

    .PARAMETER Connect
    Also run Connect-IdcService with the emulator's address, credentials and domain id, so IdentityCenter commands in
    this session reach it without parameters. Needs the IdentityCenter module.

    .PARAMETER SetEnvironment
    Also set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_DOMAIN_ID and
    HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT for this process (and the processes it starts), and clear
    HUAWEICLOUD_SDK_SECURITY_TOKEN; Stop-IdcEmulator puts back what was there.

    .EXAMPLE
    $emulator = Start-IdcEmulator -Connect
    New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name Readers
    Stop-IdcEmulator

    Starts idc-emulator from PATH, points this session at it, creates a permission set there and stops it.

    .EXAMPLE
    $emulator = Start-IdcEmulator -SetEnvironment
    ./Runbook.ps1 -InstanceId $emulator.InstanceId -CsvPath ./sets.csv
    Stop-IdcEmulator

    A runbook that takes its credentials from the environment runs against the emulator unchanged.

    .EXAMPLE
    $emulator = Start-IdcEmulator -Path ./tools -ArgumentList '--data', "$TestDrive/state.json"
    $connection = $emulator.ConnectionParameters
    New-IdcPermissionSet -InstanceId $emulator.InstanceId -Name Auditors @connection

    Starts the tool installed with --tool-path ./tools, keeping its state in a file, and splats the connection
    parameters into one command.

    .OUTPUTS
    IdentityCenter.Testing.Emulator
    #>
    [CmdletBinding()]
    [OutputType('IdentityCenter.Testing.Emulator')]
    param(
        [string] $Path,
        [string] $Url = 'http://127.0.0.1:0',
        [string[]] $ArgumentList = @(),
        [ValidateRange(1, 3600)][int] $TimeoutSeconds = 60,
        [switch] $Connect,
        [switch] $SetEnvironment
    )

    $command = Resolve-EmulatorCommand -Path $Path
    if ($Connect -and -not (Get-Command -Name Connect-IdcService -ErrorAction SilentlyContinue)) {
        throw '-Connect needs the IdentityCenter module for Connect-IdcService: Import-Module IdentityCenter first.'
    }

    $stamp = [guid]::NewGuid().ToString('N')
    $outputFile = Join-Path ([System.IO.Path]::GetTempPath()) "idc-emulator-$stamp.out.txt"
    $errorFile = Join-Path ([System.IO.Path]::GetTempPath()) "idc-emulator-$stamp.err.txt"
    $arguments = @($command.Prefix) + @('--urls', $Url, '--print-json') + @($ArgumentList)
    $process = Start-Process -FilePath $command.FilePath -ArgumentList @(ConvertTo-ArgumentText -Arguments $arguments) `
        -RedirectStandardOutput $outputFile -RedirectStandardError $errorFile -NoNewWindow -PassThru

    $emulator = [pscustomobject]@{
        PSTypeName           = 'IdentityCenter.Testing.Emulator'
        Url                  = $null
        AccessKeyId          = $null
        Credential           = $null
        TemporaryCredential  = $null
        SecurityToken        = $null
        DomainId             = $null
        InstanceId           = $null
        IdentityStoreId      = $null
        AccountIds           = @()
        ConnectionParameters = $null
        ProcessId            = $process.Id
        Process              = $process
        OutputFile           = $outputFile
        ErrorFile            = $errorFile
        SavedEnvironment     = $null
        Connected            = $false
    }
    $display = New-Object System.Management.Automation.PSPropertySet('DefaultDisplayPropertySet', [string[]]@('Url', 'AccessKeyId', 'DomainId', 'InstanceId', 'ProcessId'))
    $emulator | Add-Member -MemberType MemberSet -Name PSStandardMembers -Value ([System.Management.Automation.PSMemberInfo[]]@($display))

    try {
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        $banner = $null
        while ($null -eq $banner) {
            $banner = Read-EmulatorBanner -OutputFile $outputFile
            if ($null -ne $banner) { break }
            if ($process.HasExited) {
                throw "The emulator exited with code $($process.ExitCode) before printing its address: $((Read-SharedText -Path $errorFile).Trim())"
            }
            if ([DateTime]::UtcNow -gt $deadline) {
                throw "The emulator printed no address within $TimeoutSeconds s."
            }
            Start-Sleep -Milliseconds 100
        }

        $emulator.Url = "$($banner.url)".TrimEnd('/')
        $emulator.AccessKeyId = $banner.accessKeyId
        $emulator.Credential = New-PlainCredential -UserName $banner.accessKeyId -Secret $banner.secretAccessKey
        $emulator.TemporaryCredential = New-PlainCredential -UserName $banner.temporaryAccessKeyId -Secret $banner.temporarySecretAccessKey
        if ($banner.securityToken) {
            $emulator.SecurityToken = ConvertTo-SecureString -String $banner.securityToken -AsPlainText -Force
        }
        $emulator.DomainId = $banner.domainId
        $emulator.InstanceId = $banner.instanceId
        $emulator.IdentityStoreId = $banner.identityStoreId
        $emulator.AccountIds = @($banner.accounts)
        $emulator.ConnectionParameters = @{ EndpointUrl = $emulator.Url; Credential = $emulator.Credential; DomainId = $emulator.DomainId }

        while ($true) {
            try {
                $null = Invoke-RestMethod -Method Get -Uri "$($emulator.Url)/_emulator/state" -TimeoutSec 5
                break
            }
            catch {
                if ($process.HasExited) { throw "The emulator exited with code $($process.ExitCode): $((Read-SharedText -Path $errorFile).Trim())" }
                if ([DateTime]::UtcNow -gt $deadline) { throw "The emulator at $($emulator.Url) did not answer within $TimeoutSeconds s: $_" }
                Start-Sleep -Milliseconds 200
            }
        }

        if ($SetEnvironment) {
            $emulator.SavedEnvironment = Set-EmulatorEnvironment -Emulator $emulator
        }

        if ($Connect) {
            $connection = $emulator.ConnectionParameters
            Connect-IdcService @connection
            $emulator.Connected = $true
        }
    }
    catch {
        Stop-Emulator -Emulator $emulator
        throw
    }

    $null = $script:Running.Add($emulator)
    $script:Current = $emulator
    $emulator
}

function Stop-IdcEmulator {
    <#
    .SYNOPSIS
    Stops an emulator Start-IdcEmulator started, and undoes its -Connect and -SetEnvironment.

    .DESCRIPTION
    Ends the emulator's process and removes its output files. When it was started with -SetEnvironment, the
    HUAWEICLOUD_SDK_* variables get back the values they had before; with -Connect, the IdentityCenter session is
    disconnected. Without -Emulator it stops the emulator started last. Stopping one that has stopped does nothing.

    .PARAMETER Emulator
    What Start-IdcEmulator returned; it may come from the pipeline.

    .EXAMPLE
    AfterAll { Stop-IdcEmulator }

    In a Pester file: stops the emulator the file's BeforeAll started.

    .EXAMPLE
    $first = Start-IdcEmulator
    $second = Start-IdcEmulator
    $first, $second | Stop-IdcEmulator

    Stops two emulators at once.

    .EXAMPLE
    $emulator = Start-IdcEmulator -SetEnvironment
    try { ./Runbook.ps1 -InstanceId $emulator.InstanceId } finally { Stop-IdcEmulator -Emulator $emulator }

    The runbook's environment is put back even when it fails.
    #>
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)

    process {
        $target = Resolve-Emulator -Emulator $Emulator
        if (-not $target.PSObject.Properties['Process']) {
            throw '-Emulator must be what Start-IdcEmulator returned; an emulator started elsewhere is stopped where it was started.'
        }

        Stop-Emulator -Emulator $target
    }
}

function Reset-IdcEmulator {
    <#
    .SYNOPSIS
    Empties the emulator: its permission sets and everything attached to them, its faults and its request log.

    .DESCRIPTION
    The instance, the credentials and the address stay as they were, so a test file can start one emulator and
    reset it before each test.

    .PARAMETER Emulator
    What Start-IdcEmulator returned, or the address of an emulator; the one started last when not given.

    .EXAMPLE
    BeforeEach { Reset-IdcEmulator }

    Each Pester test starts from an empty emulator.

    .EXAMPLE
    Reset-IdcEmulator -Emulator http://127.0.0.1:5080

    Resets an emulator started elsewhere, for example by 'idc-emulator --urls http://127.0.0.1:5080'.

    .EXAMPLE
    $emulator | Reset-IdcEmulator

    Resets the emulator that comes from the pipeline.
    #>
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)

    process {
        $null = Invoke-EmulatorAdmin -Emulator (Resolve-Emulator -Emulator $Emulator) -Method Post -Path 'reset'
    }
}

function Add-IdcEmulatorFault {
    <#
    .SYNOPSIS
    Makes the emulator fail matching requests: an error status (with Retry-After), a delay, or a dropped connection.

    .DESCRIPTION
    The emulator checks faults after the signature, so a fault is spent only by a request it would otherwise serve.
    A fault affects every matching request until Reset-IdcEmulator, or only the first -Count of them. It writes the
    faults the emulator now holds, each with the Id the emulator gave it. The emulator refuses a fault it could not
    apply as written (a status below 400, a drop together with a status, an unknown operation), and the error says why.

    .PARAMETER Emulator
    What Start-IdcEmulator returned, or the address of an emulator; the one started last when not given.

    .PARAMETER Operation
    The API operation to fail, by the emulator's name for it (CreatePermissionSet, PutCustomPolicy, ListInstances,
    ...), or * for any. The emulator's error lists the names.

    .PARAMETER Status
    The HTTP error status to answer with, 400 to 599, such as 429 for throttling or 503.

    .PARAMETER RetryAfterSeconds
    Sent as the Retry-After header with -Status.

    .PARAMETER ErrorCode
    The error_code of the error body; the emulator picks one that suits the status when not given (APIGW.0308 for 429).

    .PARAMETER ErrorMessage
    The error_msg of the error body.

    .PARAMETER DelayMs
    Holds the reply this many milliseconds, alone or before the status or the drop.

    .PARAMETER Drop
    Cuts the connection instead of replying: Before the change is made (nothing happens), or After it is committed
    (it happened, but the caller cannot tell).

    .PARAMETER Probability
    The chance, from 0 to 1, that a matching request is affected; every one when not given.

    .PARAMETER Seed
    Seeds the -Probability draws, so a run can be repeated exactly.

    .PARAMETER Count
    How many matching requests it affects before it is spent; all of them when not given.

    .PARAMETER Fail
    For an asynchronous operation (CreateAccountAssignment, DeleteAccountAssignment, ProvisionPermissionSet): accept
    the request, then let it end FAILED with this failure reason.

    .EXAMPLE
    Add-IdcEmulatorFault -Operation CreatePermissionSet -Status 429 -RetryAfterSeconds 1 -Count 2

    The next two creates are throttled with Retry-After: 1; the module retries them after a second.

    .EXAMPLE
    Add-IdcEmulatorFault -Operation PutCustomPolicy -Drop After -Count 1

    The next policy put is applied, but its connection is cut before the reply.

    .EXAMPLE
    Add-IdcEmulatorFault -Operation * -Status 503 -Probability 0.2 -Seed 7

    One request in five, of any operation, fails with 503, in the same order on every run.

    .EXAMPLE
    Add-IdcEmulatorFault -Operation ListInstances -DelayMs 2000

    Every instance listing takes two seconds longer.

    .OUTPUTS
    IdentityCenter.Testing.EmulatorFault
    #>
    [CmdletBinding()]
    [OutputType('IdentityCenter.Testing.EmulatorFault')]
    param(
        $Emulator,
        [string] $Operation = '*',
        [int] $Status,
        [int] $RetryAfterSeconds,
        [string] $ErrorCode,
        [string] $ErrorMessage,
        [int] $DelayMs,
        [ValidateSet('Before', 'After')][string] $Drop,
        [double] $Probability,
        [int] $Seed,
        [int] $Count,
        [string] $Fail
    )

    $target = Resolve-Emulator -Emulator $Emulator
    # Only what was given goes to the emulator, in its field names; the emulator checks the rule as a whole.
    $fault = [ordered]@{ operation = $Operation }
    foreach ($name in @('Status', 'RetryAfterSeconds', 'ErrorCode', 'ErrorMessage', 'DelayMs', 'Probability', 'Seed', 'Count', 'Fail')) {
        if ($PSBoundParameters.ContainsKey($name)) {
            $fault[$name.Substring(0, 1).ToLowerInvariant() + $name.Substring(1)] = $PSBoundParameters[$name]
        }
    }
    if ($Drop) { $fault.drop = $Drop.ToLowerInvariant() }

    $added = Invoke-EmulatorAdmin -Emulator $target -Method Post -Path 'faults' -Body $fault
    foreach ($entry in @($added.faults)) {
        $entry.PSObject.TypeNames.Insert(0, 'IdentityCenter.Testing.EmulatorFault')
        $entry
    }
}

function Get-IdcEmulatorState {
    <#
    .SYNOPSIS
    What the emulator holds: its instances with their permission sets, policies and tags, the accounts, users and
    groups it knows, the active faults and the number of API requests it served.

    .DESCRIPTION
    The emulator's own view, read without signing and without the IdentityCenter module, so a test can check what a
    script really changed. Property names are the emulator's (camelCase).

    .PARAMETER Emulator
    What Start-IdcEmulator returned, or the address of an emulator; the one started last when not given.

    .EXAMPLE
    (Get-IdcEmulatorState).instances[0].permissionSets.name

    The names of the permission sets in the emulator's instance.

    .EXAMPLE
    (Get-IdcEmulatorState).faults | Select-Object operation, status, remaining

    The faults still waiting to be applied.

    .EXAMPLE
    (Get-IdcEmulatorState -Emulator http://127.0.0.1:5080).requestCount

    How many API requests an emulator started elsewhere has served since it was last reset.
    #>
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)

    process {
        Invoke-EmulatorAdmin -Emulator (Resolve-Emulator -Emulator $Emulator) -Method Get -Path 'state'
    }
}

function Get-IdcEmulatorRequest {
    <#
    .SYNOPSIS
    The API requests the emulator has finished with since it was last reset, oldest first.

    .DESCRIPTION
    Each has the method, path, operation, statusCode and outcome (Answered, Dropped, or Cancelled when the client
    went away while the request was held), so a test can count a script's calls and its retries.

    .PARAMETER Emulator
    What Start-IdcEmulator returned, or the address of an emulator; the one started last when not given.

    .EXAMPLE
    Get-IdcEmulatorRequest | Group-Object operation, statusCode -NoElement

    How many calls of each operation got each status.

    .EXAMPLE
    @(Get-IdcEmulatorRequest | Where-Object statusCode -eq 429).Count | Should -Be 2

    In a Pester test: exactly two requests were throttled, and the script went on.

    .EXAMPLE
    Get-IdcEmulatorRequest | Where-Object outcome -ne 'Answered'

    The requests whose connection was dropped or abandoned.
    #>
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)

    process {
        (Invoke-EmulatorAdmin -Emulator (Resolve-Emulator -Emulator $Emulator) -Method Get -Path 'requests').requests
    }
}

# An emulator must not outlive the module or the session that started it. The exit handler gets the list itself: an
# event's action does not run in this module's scope.
$script:ExitHandler = Register-EngineEvent -SourceIdentifier ([System.Management.Automation.PsEngineEvent]::Exiting) -MessageData $script:Running -Action {
    # ToArray, not @(): @() of a generic list fails inside event actions and OnRemove.
    foreach ($emulator in $Event.MessageData.ToArray()) {
        if ($emulator.Process -and -not $emulator.Process.HasExited) { $emulator.Process.Kill() }
    }
}
$ExecutionContext.SessionState.Module.OnRemove = {
    foreach ($emulator in $script:Running.ToArray()) { Stop-Emulator -Emulator $emulator }
    Get-EventSubscriber -SourceIdentifier ([System.Management.Automation.PsEngineEvent]::Exiting) -ErrorAction SilentlyContinue |
        Where-Object { [object]::ReferenceEquals($_.Action, $script:ExitHandler) } |
        Unregister-Event
}

Export-ModuleMember -Function @(
    'Start-IdcEmulator'
    'Stop-IdcEmulator'
    'Reset-IdcEmulator'
    'Add-IdcEmulatorFault'
    'Get-IdcEmulatorState'
    'Get-IdcEmulatorRequest'
)
