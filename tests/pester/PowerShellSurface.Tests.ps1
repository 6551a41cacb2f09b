# What only real PowerShell can show about the module, against the local emulator: -WhatIf and -Confirm as the
# engine applies them, errors as the pipeline sees them, Ctrl+C during a slow call, the order of the streams, the
# default views, and the module loading under strict settings in a fresh process and again after Remove-Module.
# Covered elsewhere, not repeated here: -WhatIf with a piped item and a batch's non-terminating errors with
# -ErrorVariable (NewIdcPermissionSet.Tests.ps1, SetIdcCustomPolicy.Tests.ps1), Get-Help -Full and about_IdentityCenter
# and -SessionDuration completion (Module.Tests.ps1), secrets at every preference level (Session.Tests.ps1).

BeforeDiscovery {
    # The columns of each default view, in order: what IdentityCenter.Format.ps1xml promises a user sees.
    $views = @(
        @{ TypeName = 'IdentityCenter.PermissionSet'; Columns = @('Name', 'PermissionSetId', 'SessionDuration', 'CreatedDate', 'InstanceId') }
        @{ TypeName = 'IdentityCenter.CustomPolicyAssignment'; Columns = @('PermissionSetId', 'InstanceId', 'PolicyLength') }
        @{ TypeName = 'IdentityCenter.PolicyFinding'; Columns = @('Severity', 'Code', 'Path', 'Message') }
        @{ TypeName = 'IdentityCenter.Context'; Columns = @('AccessKeyId', 'CredentialSource', 'DomainId', 'DomainIdSource', 'Endpoint', 'EndpointSource') }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    $policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Resource":["*"]}]}'

    function Get-RequestCount {
        (Get-IdcTestEmulatorState -Emulator $emulator).requestCount
    }

    function Get-StoredName {
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | ForEach-Object name)
    }

    function Wait-Condition {
        # Polls until the condition gives something true and returns it; the timeout only bounds a broken run.
        param([scriptblock] $Condition, [double] $TimeoutSeconds, [string] $Until)
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        while ($true) {
            $value = & $Condition
            if ($value) { return $value }
            if ([DateTime]::UtcNow -gt $deadline) { throw "Waited $TimeoutSeconds s in vain until $Until." }
            Start-Sleep -Milliseconds 50
        }
    }

    function ConvertTo-HeaderPattern {
        # A line holding exactly these column headers, in this order, and nothing else.
        param([string[]] $Columns)
        '(?m)^\s*' + (($Columns | ForEach-Object { [regex]::Escape($_) }) -join '\s+') + '\s*$'
    }

    function New-HostedPowerShell {
        # A new runspace with the built module, as another host (or a job) would run it; it has no UI to prompt with.
        $hosted = [powershell]::Create()
        $null = $hosted.AddCommand('Import-Module').AddParameter('Name', $IdcManifestPath).AddStatement()
        $hosted
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe '-WhatIf and -Confirm' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'sends nothing for New-IdcPermissionSet when $WhatIfPreference is set' {
        $WhatIfPreference = $true
        $before = Get-RequestCount

        $result = New-IdcPermissionSet -InstanceId $instanceId -Name 'PreferenceWhatIf' @connection

        $result | Should -BeNullOrEmpty
        Get-RequestCount | Should -Be $before
        Get-StoredName | Should -Not -Contain 'PreferenceWhatIf'
    }

    It 'sends nothing for Set-IdcCustomPolicy with -WhatIf given by name' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'NamedWhatIf' @connection
        $before = Get-RequestCount

        Set-IdcCustomPolicy -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -Policy $policy -PassThru @connection -WhatIf |
            Should -BeNullOrEmpty

        Get-RequestCount | Should -Be $before
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).customPolicy | Should -BeNullOrEmpty
    }

    It 'creates without asking under -Confirm:$false even when $ConfirmPreference asks for everything' {
        # Were -Confirm:$false ignored, ShouldProcess would prompt, and this non-interactive run would fail.
        $ConfirmPreference = 'Low'

        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Unasked' @connection -Confirm:$false
        $assignment = $set | Set-IdcCustomPolicy -Policy $policy -PassThru @connection -Confirm:$false

        $set.Name | Should -Be 'Unasked'
        $assignment.Policy | Should -Be $policy
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).customPolicy | Should -Be $policy
    }

    It 'asks before sending under -Confirm, so a host that cannot ask sends nothing for <_>' -ForEach @('New-IdcPermissionSet', 'Set-IdcCustomPolicy') {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'ToConfirm' @connection
        $before = Get-RequestCount
        $parameters = @{ InstanceId = $instanceId; Confirm = $true } + $connection
        if ($_ -eq 'New-IdcPermissionSet') { $parameters.Name = 'Confirmed' }
        else { $parameters.PermissionSetId = $set.PermissionSetId; $parameters.Policy = $policy }

        $hosted = New-HostedPowerShell
        try {
            $null = $hosted.AddCommand($_).AddParameters($parameters)
            $output = $hosted.Invoke()
            $failures = @($hosted.Streams.Error)
        }
        finally {
            $hosted.Dispose()
        }

        $output | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'HostFunctionNotImplemented,*'
        $failures[0].Exception.Message | Should -BeLike "*instance $([WildcardPattern]::Escape($instanceId))*" -Because 'the question names what would change'

        Get-RequestCount | Should -Be $before
        Get-StoredName | Should -Not -Contain 'Confirmed'
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).customPolicy | Should -BeNullOrEmpty
    }
}

Describe 'Errors in a pipeline' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Existing' @connection
        $rows = @('First', 'Existing', 'Third') | ForEach-Object { [pscustomobject]@{ Name = $_ } }
    }

    It 'writes a failed item as an error in its place among the output under the default -ErrorAction' {
        $merged = $rows | New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorAction Continue 2>&1

        $sequence = $merged | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) { "error:$($_.TargetObject.Name)" } else { "set:$($_.Name)" }
        }
        $sequence | Should -Be @('set:First', 'error:Existing', 'set:Third')
        Get-StoredName | Should -Contain 'Third'
    }

    It 'stops at the failed item under -ErrorAction Stop, sending none of the later ones' {
        $before = Get-RequestCount

        $failure = { $rows | New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorAction Stop } |
            Should -Throw -ErrorId 'IdentityCenter.1206,*' -PassThru

        $failure.TargetObject.Name | Should -Be 'Existing'
        Get-StoredName | Should -Contain 'First'
        Get-StoredName | Should -Not -Contain 'Third'
        # First and Existing were sent; Third never was.
        Get-RequestCount | Should -Be ($before + 2)
    }

    It 'stops Set-IdcCustomPolicy at the failed item under $ErrorActionPreference = ''Stop''' {
        $good = New-IdcPermissionSet -InstanceId $instanceId -Name 'Good' @connection
        $targets = @(
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = 'ps-0000000000000000' }
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $good.PermissionSetId }
        )
        $before = Get-RequestCount
        $ErrorActionPreference = 'Stop'

        $failure = { $targets | Set-IdcCustomPolicy -Policy $policy @connection } | Should -Throw -PassThru

        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-RequestCount | Should -Be ($before + 1)
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object name -eq 'Good').customPolicy | Should -BeNullOrEmpty
    }
}

Describe 'Ctrl+C during a slow call' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        # The emulator holds the create for 10 s; only a stop that cancels the request can end the command sooner.
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; count = 1; delayMs = 10000 }

        $hosted = New-HostedPowerShell
        $null = $hosted.AddCommand('New-IdcPermissionSet').AddParameters(@{ InstanceId = $instanceId; Name = 'Interrupted' } + $connection)
        $running = $hosted.BeginInvoke()

        # The fault is used up once the request has arrived and is being held.
        $null = Wait-Condition -TimeoutSeconds 30 -Until 'the emulator holds the request' -Condition {
            @((Get-IdcTestEmulatorState -Emulator $emulator).faults).Count -eq 0
        }

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $hosted.Stop()
        $watch.Stop()
    }

    AfterAll {
        $hosted.Dispose()
    }

    It 'returns from Stop() well before the held request would have been answered' {
        # A generous bound for a busy machine; without cancellation Stop() would wait out the 10 s hold.
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 3
        $running.IsCompleted | Should -BeTrue
        "$($hosted.InvocationStateInfo.State)" | Should -Be 'Stopped'
    }

    It 'cancels the HTTP request instead of leaving it to finish in the background' {
        # The emulator logs a request when it is done with it: Cancelled means the client closed it while held.
        $logged = Wait-Condition -TimeoutSeconds 5 -Until 'the emulator logs the create' -Condition {
            @(Get-IdcTestEmulatorRequest -Emulator $emulator | Where-Object operation -eq 'CreatePermissionSet')
        }

        @($logged).Count | Should -Be 1
        $logged[0].outcome | Should -Be 'Cancelled'
        Get-StoredName | Should -Not -Contain 'Interrupted'
    }
}

Describe 'Streams on the pipeline thread' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'interleaves each item''s verbose lines with its output, in order, for a three-item pipeline' {
        $names = @('OrderA', 'OrderB', 'OrderC')

        $merged = $names | ForEach-Object { [pscustomobject]@{ Name = $_ } } |
            New-IdcPermissionSet -InstanceId $instanceId @connection -Verbose 4>&1

        $sequence = foreach ($record in $merged) {
            if ($record -is [System.Management.Automation.VerboseRecord]) {
                if ($record.Message -match '^POST ') { 'post' }
                else { $names | Where-Object { $record.Message.Contains("'$_'") } | ForEach-Object { "about:$_" } }
            }
            else { "set:$($record.Name)" }
        }
        $sequence | Should -Be @(
            'about:OrderA', 'post', 'set:OrderA'
            'about:OrderB', 'post', 'set:OrderB'
            'about:OrderC', 'post', 'set:OrderC'
        )
    }

    It 'writes the request''s headers as a debug line before the output, with the signature and token masked' {
        $DebugPreference = 'Continue'
        $tokenText = 'DebugLineTokenThatMustNeverBeShown00000001'
        $credentials = @{
            Credential    = $connection.Credential
            SecurityToken = (ConvertTo-SecureString -String $tokenText -AsPlainText -Force)
        }

        $merged = @(New-IdcPermissionSet -InstanceId $instanceId -Name 'Debugged' -EndpointUrl $connection.EndpointUrl `
                -DomainId $connection.DomainId @credentials 5>&1)

        $debugLines = @($merged | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object Message)
        $headers = @($debugLines | Where-Object { $_ -match '^POST .*Authorization: ' })
        $headers.Count | Should -Be 1
        $headerAt = @($merged | ForEach-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -eq $headers[0] }).IndexOf($true)
        $outputAt = @($merged | ForEach-Object { $_ -is [IdentityCenter.Core.Models.PermissionSet] }).IndexOf($true)
        $outputAt | Should -BeGreaterOrEqual 0 -Because 'the permission set is created'
        $headerAt | Should -BeLessThan $outputAt -Because 'the request is written before what it returns'
        $headers[0] | Should -BeLike "*X-Domain-Id: $([WildcardPattern]::Escape($connection.DomainId))*"
        $headers[0] | Should -Match 'Signature=\*\*\*(;|$)'
        $headers[0] | Should -Match 'X-Security-Token: \*\*\*(;|$)'
        ($debugLines -join "`n") | Should -Not -BeLike "*$([WildcardPattern]::Escape($emulator.SecretAccessKey))*"
        ($debugLines -join "`n") | Should -Not -BeLike "*$([WildcardPattern]::Escape($tokenText))*"
    }
}

Describe 'Default views' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Viewed' -Description 'NotInTheTable' @connection
        $samples = @{
            'IdentityCenter.PermissionSet'          = $set
            'IdentityCenter.CustomPolicyAssignment' = $set | Set-IdcCustomPolicy -Policy $policy -PassThru @connection
            'IdentityCenter.PolicyFinding'          = Test-IdcPolicy -Policy '{"Version":"5.0","Statement":[{"Effect":"allow","Action":"obs:*:get*"}]}'
            'IdentityCenter.Context'                = Connect-IdcService @connection -PassThru
        }
    }

    AfterAll {
        Disconnect-IdcService
    }

    It 'shows <TypeName> as a table of exactly its columns, by default and through Format-Table' -ForEach $views {
        $sample = $samples[$TypeName]
        $sample | Should -Not -BeNullOrEmpty
        $sample[0].PSObject.TypeNames[0] | Should -Be $TypeName

        $byDefault = $sample | Out-String -Width 300
        $asTable = $sample | Format-Table | Out-String -Width 300

        $byDefault | Should -Match (ConvertTo-HeaderPattern -Columns $Columns)
        $asTable | Should -Match (ConvertTo-HeaderPattern -Columns $Columns)
    }

    It 'leaves the description out of the permission set table' {
        $samples['IdentityCenter.PermissionSet'] | Out-String -Width 300 | Should -Not -BeLike '*NotInTheTable*'
    }
}

# The views' columns reach these tests from discovery, where they are defined.
Describe 'Loading' -ForEach @(@{ Views = $views }) {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'imports and runs under Set-StrictMode -Version Latest and $ErrorActionPreference = ''Stop'' in a fresh pwsh' {
        $script = Join-Path $TestDrive 'strict.ps1'
        @'
param([string] $Manifest, [string] $InstanceId, [string] $Policy)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module -Name $Manifest
$set = New-IdcPermissionSet -InstanceId $InstanceId -Name 'Strict'
$assignment = $set | Set-IdcCustomPolicy -Policy $Policy -PassThru
$findings = Test-IdcPolicy -Policy '{"Version":"5.0","Statement":[{"Effect":"allow","Action":"obs:*:get*"}]}'
$context = Get-IdcContext
foreach ($shown in @($set, $assignment, $findings, $context)) { $shown | Out-String -Width 300 }
"CREATED $($set.PermissionSetId)"
'@ | Set-Content -LiteralPath $script

        # A fresh pwsh like this one, as build.ps1 starts the suite.
        $pwshCommand = Get-IdcPwshCommand
        $pwsh = $pwshCommand.FilePath
        $arguments = @($pwshCommand.Prefix)
        $arguments += @('-NoProfile', '-NonInteractive', '-File', $script, '-Manifest', $IdcManifestPath, '-InstanceId', $instanceId, '-Policy', $policy)
        $errorFile = Join-Path $TestDrive 'strict.err.txt'

        # The child finds the emulator through the environment, the credential chain's own way.
        $saved = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials-file')
        try {
            $env:HUAWEICLOUD_SDK_AK = $emulator.AccessKeyId
            $env:HUAWEICLOUD_SDK_SK = $emulator.SecretAccessKey
            $env:HUAWEICLOUD_SDK_DOMAIN_ID = $emulator.DomainId
            $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT = $emulator.Url
            $output = & $pwsh @arguments 2> $errorFile
            $exitCode = $LASTEXITCODE
        }
        finally {
            Restore-IdcTestEnvironment -Saved $saved
        }

        $text = $output -join "`n"
        (Get-Content -LiteralPath $errorFile -Raw) | Should -BeNullOrEmpty
        $exitCode | Should -Be 0 -Because $text
        $created = Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object name -eq 'Strict'
        $created.customPolicy | Should -Be $policy
        $text | Should -BeLike "*CREATED $([WildcardPattern]::Escape($created.permissionSetId))*"
        foreach ($view in $Views) {
            $text | Should -Match (ConvertTo-HeaderPattern -Columns $view.Columns) -Because "the $($view.TypeName) view renders under strict mode"
        }
    }

    It 'works again after Remove-Module and Import-Module in the same process' {
        Remove-Module -Name IdentityCenter -Force
        Get-Command -Name New-IdcPermissionSet -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $again = Import-Module -Name $IdcManifestPath -PassThru
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Reimported' @connection

        $again.ExportedCmdlets.Keys | Should -Contain 'New-IdcPermissionSet'
        $set.Name | Should -Be 'Reimported'
        Get-StoredName | Should -Contain 'Reimported'
        $set | Out-String -Width 300 | Should -Match (ConvertTo-HeaderPattern -Columns $Views[0].Columns)
        $line = 'New-IdcPermissionSet -SessionDuration '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'PT8H'
    }
}
