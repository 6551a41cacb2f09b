# -ThrottleLimit against the local emulator with an injected delay: order of outputs, per-item errors, -WhatIf, Ctrl+C
# (PowerShell.Stop) with requests in flight, and throttling that lowers how many are in flight.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    function Get-CreateRequest {
        (Invoke-RestMethod -Method Get -Uri "$($emulator.Url)/_emulator/requests").requests |
            Where-Object operation -eq 'CreatePermissionSet'
    }

    function New-Row {
        param([int] $Count, [string] $Prefix)
        1..$Count | ForEach-Object { [pscustomobject]@{ Name = '{0}-{1:d2}' -f $Prefix, $_ } }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'New-IdcPermissionSet -ThrottleLimit' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'creates 20 sets with 8 in flight and writes them in input order' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; delayMs = 400 }
        $rows = New-Row -Count 20 -Prefix 'Order'

        $created = $rows | New-IdcPermissionSet -InstanceId $instanceId -ThrottleLimit 8 @connection

        ($created.Name -join ',') | Should -BeExactly ($rows.Name -join ',')
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 20
        # One at a time, a single create would start in the first 400 ms; in flight together, the first eight do.
        $starts = @(Get-CreateRequest | ForEach-Object { [DateTimeOffset] $_.timestamp } | Sort-Object)
        @($starts | Where-Object { $_ -lt $starts[0].AddMilliseconds(400) }).Count | Should -BeGreaterOrEqual 4
    }

    It 'one at a time, reads the next rows while a create is on the wire but sends each only after the one before it is answered' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; delayMs = 300 }
        $log = [System.Collections.Generic.List[string]]::new()

        $created = 1..4 | ForEach-Object { $log.Add("in:$_"); [pscustomobject]@{ Name = 'Ahead-{0:d2}' -f $_ } } |
            New-IdcPermissionSet -InstanceId $instanceId @connection |
            ForEach-Object { $log.Add("out:$($_.Name)"); $_ }

        ($created.Name -join ',') | Should -BeExactly 'Ahead-01,Ahead-02,Ahead-03,Ahead-04'
        # The second row was read before the first create was answered and written.
        $log.IndexOf('in:2') | Should -BeLessThan $log.IndexOf('out:Ahead-01')
        # Still one request at a time: each starts after the one before it ended (the emulator held each 300 ms).
        $requests = @(Get-CreateRequest | Sort-Object { [DateTimeOffset] $_.timestamp })
        $requests.Count | Should -Be 4
        for ($i = 1; $i -lt $requests.Count; $i++) {
            ([DateTimeOffset] $requests[$i].timestamp - [DateTimeOffset] $requests[$i - 1].timestamp).TotalMilliseconds | Should -BeGreaterOrEqual 290
        }
    }

    It 'one at a time, sends nothing after a failed item when -ErrorAction Stop ends the command' {
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Halt-02' @connection
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; delayMs = 100 }
        $before = @(Get-CreateRequest).Count

        { New-Row -Count 4 -Prefix 'Halt' | New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorAction Stop } | Should -Throw

        # Halt-01 and the failing Halt-02 were sent; the rows read ahead of the failure were not.
        @(Get-CreateRequest).Count - $before | Should -Be 2
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Name | Sort-Object | Should -Be @('Halt-01', 'Halt-02')
    }

    It 'reports a failing item in the middle as its own non-terminating error and creates the rest' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; delayMs = 100 }
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Middle-10' @connection
        $rows = New-Row -Count 20 -Prefix 'Middle'

        $created = $rows | New-IdcPermissionSet -InstanceId $instanceId -ThrottleLimit 8 @connection -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.1206,*'
        $failed[0].TargetObject.Name | Should -BeExactly 'Middle-10'
        ($created.Name -join ',') | Should -BeExactly (($rows.Name | Where-Object { $_ -ne 'Middle-10' }) -join ',')
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 20
    }

    It 'sends nothing under -WhatIf' {
        $before = Get-IdcTestEmulatorState -Emulator $emulator

        $result = New-Row -Count 20 -Prefix 'WhatIf' | New-IdcPermissionSet -InstanceId $instanceId -ThrottleLimit 8 @connection -WhatIf

        $result | Should -BeNullOrEmpty
        (Get-IdcTestEmulatorState -Emulator $emulator).requestCount | Should -Be $before.requestCount
    }

    It 'stops at once when stopped with creates in flight and leaves none running' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; delayMs = 60000 }
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript({
                    param($Manifest, $Connection, $InstanceId)
                    Import-Module $Manifest
                    1..20 | ForEach-Object { [pscustomobject]@{ Name = "Stopped-$_" } } |
                        New-IdcPermissionSet -InstanceId $InstanceId -ThrottleLimit 8 @Connection -Debug
                }).AddArgument($IdcManifestPath).AddArgument($connection).AddArgument($instanceId)
            $running = $shell.BeginInvoke()
            # The emulator holds each create for a minute. Each request's debug line is written as it is sent.
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (@($shell.Streams.Debug | Where-Object Message -like 'POST *').Count -lt 8 -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 100
            }
            @($shell.Streams.Debug | Where-Object Message -like 'POST *').Count | Should -Be 8

            $watch = [Diagnostics.Stopwatch]::StartNew()
            $shell.Stop()
            $watch.Stop()

            $running.IsCompleted | Should -BeTrue
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
            # Every create the command started was abandoned by it: the emulator logs each as cancelled, none is made.
            Start-Sleep -Milliseconds 500
            $requests = @(Get-CreateRequest)
            $requests.Count | Should -Be 8
            @($requests | Where-Object outcome -ne 'Cancelled').Count | Should -Be 0
            @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 0
            Start-Sleep -Seconds 1
            @(Get-CreateRequest).Count | Should -Be 8
        }
        finally {
            $shell.Dispose()
        }
    }

    It 'lowers the number in flight when the service throttles, and still creates every set' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreatePermissionSet'; count = 3; status = 429; retryAfterSeconds = 1 }
        $rows = New-Row -Count 12 -Prefix 'Throttled'

        $all = $rows | New-IdcPermissionSet -InstanceId $instanceId -ThrottleLimit 8 @connection -Verbose 4>&1
        $verbose = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $created = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })

        ($created.Name -join ',') | Should -BeExactly ($rows.Name -join ',')
        $verbose | Should -Contain ($verbose | Where-Object { $_ -like 'The service throttled a request: now up to 4 requests in flight (was 8)*' } | Select-Object -First 1)
        @($verbose | Where-Object { $_ -like 'The service throttled a request:*' }).Count | Should -BeGreaterOrEqual 1
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 12
    }
}

Describe 'Per-request lines and the caller''s preferences' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'writes each request''s verbose line when the caller''s $VerbosePreference asks for it, without -Verbose' {
        $VerbosePreference = 'Continue'
        $lines = @(New-Row -Count 3 -Prefix 'Pref' | New-IdcPermissionSet -InstanceId $instanceId -ThrottleLimit 2 @connection 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)

        @($lines | Where-Object { $_ -like 'POST /v1/instances/*/permission-sets -> 200 in *' }).Count | Should -Be 3
    }

    It 'writes none with -Verbose:$false, whatever the preference' {
        $VerbosePreference = 'Continue'
        $lines = @(New-Row -Count 3 -Prefix 'Quiet' | New-IdcPermissionSet -InstanceId $instanceId @connection -Verbose:$false 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        $lines.Count | Should -Be 0
    }

    It 'writes each request''s debug line when $DebugPreference asks for it' {
        $DebugPreference = 'Continue'
        $lines = @(New-IdcPermissionSet -InstanceId $instanceId -Name 'Debugged' @connection 5>&1 |
                Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object Message)

        @($lines | Where-Object { $_ -like 'POST /v1/instances/*' }).Count | Should -Be 1
    }
}

Describe 'Set-IdcCustomPolicy -ThrottleLimit' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'puts policies with several in flight, writing -PassThru results in input order' {
        $sets = New-Row -Count 10 -Prefix 'Policy' | New-IdcPermissionSet -InstanceId $instanceId @connection
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'PutCustomPolicy'; delayMs = 200 }
        $policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:listUsers"]}]}'

        $assigned = $sets | Set-IdcCustomPolicy -Policy $policy -ThrottleLimit 4 -PassThru @connection

        ($assigned.PermissionSetId -join ',') | Should -BeExactly ($sets.PermissionSetId -join ',')
    }
}
