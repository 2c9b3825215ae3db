%PDF-1.3
%“Œ‹ž ReportLab Generated PDF document (opensource)
1 0 obj
<<
/F1 2 0 R /F2 3 0 R
>>
endobj
2 0 obj
<<
/BaseFont /Helvetica /Encoding /WinAnsiEncoding /Name /F1 /Subtype /Type1 /Type /Font
>>
endobj
3 0 obj
<<
/BaseFont /STSong-Light /DescendantFonts [ <<
/BaseFont /STSong-Light /CIDSystemInfo <<
/Ordering (GB1) /Registry (Adobe) /Supplement 0
>> /DW 1000 /FontDescriptor <<
/Ascent 752 /CapHeight 737 /Descent -271 /Flags 6 /FontBBox [ -25 -254 1000 880 ] /FontName /STSongStd-Light 
  /ItalicAngle 0 /Leading 148 /MaxWidth 1000 /MissingWidth 500 /StemH 91 /StemV 58 
  /Type /FontDescriptor /XHeight 553
>> /Subtype /CIDFontType0 /Type /Font 
  /W [ 1 [ 207 270 342 467 462 797 710 239 374 ] 10 [ 374 423 605 238 375 238 334 462 ] 18 26 462 27 28 238 
  29 31 605 32 [ 344 748 684 560 695 739 563 511 729 793 
  318 312 666 526 896 758 772 544 772 628 
  465 607 753 711 972 647 620 607 374 333 
  374 606 500 239 417 503 427 529 415 264 
  444 518 241 230 495 228 793 527 524 ] 81 [ 524 504 338 336 277 517 450 652 466 452 
  407 370 258 370 605 ] ]
>> ] /Encoding /UniGB-UCS2-H /Name /F2 /Subtype /Type0 /Type /Font
>>
endobj
4 0 obj
<<
/Contents 9 0 R /MediaBox [ 0 0 595.2756 841.8898 ] /Parent 8 0 R /Resources <<
/Font 1 0 R /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]
>> /Rotate 0 /Trans <<

>> 
  /Type /Page
>>
endobj
5 0 obj
<<
/Contents 10 0 R /MediaBox [ 0 0 595.2756 841.8898 ] /Parent 8 0 R /Resources <<
/Font 1 0 R /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]
>> /Rotate 0 /Trans <<

>> 
  /Type /Page
>>
endobj
6 0 obj
<<
/PageMode /UseNone /Pages 8 0 R /Type /Catalog
>>
endobj
7 0 obj
<<
/Author (admin) /CreationDate (D:20000101000000+00'00') /Creator (ReportServer) /Keywords () /ModDate (D:20000101000000+00'00') /Producer (ReportLab PDF Library - \(opensource\)) 
  /Subject (unspecified) /Title (download) /Trapped /False
>>
endobj
8 0 obj
<<
/Count 2 /Kids [ 4 0 R 5 0 R ] /Type /Pages
>>
endobj
9 0 obj
<<
/Filter [ /ASCII85Decode /FlateDecode ] /Length 2796
>>
stream
Gatm>D/\4L&cV3*6+\hN(<Ll8B4&aP'kn<u73Y1O)/'RNG-#!r`/3E\IYhPW^V)FMa'Ba)3P-aJ_pjN5nsPnok*anrT[WNDipl<SY5<=i4o--Z0\tl`*EZmbbno2KRsX\<l+k:0I6J&9#6990+nT((SV"Zgh<)bQ>>BVaN=Fd*M#MGEg5H6QLdoj-Nu+EnNlK`7%mSE0n=%)cj7m9`6.aLMVbcaO2-m.NFIIZih+sjHg=!)Mn1X7fdV8^h*FSb(I_ML[kpt+>^ZdZ6GFRL8h(#or3T`S@KAL^dH.=unP@FhVSZl\@7`%*;!p;L\7ZHAk*@?.9dAn)85L=';5?Oj/R$$aQT]cD:n?Z>Bf(!2,6dH!2;0@9Mm_1T7AkiQ`_(+Kd*WsPO^nNt.:X?`p0a*Ar3G#tOs)RJu&9#p1U7:`0]6h$?@o#XO3cq_aIP:kG7X+mhFr,4@4=CX!EYgS!Y27oSnFVpW,U9Nr`rEtm3A]rd/e0@]G8V7]kq:W&":WR(#fBI@5$jY<'@gr',=l0hc%j'16TjQ-n:V;k5+E^^D>^%T3&i]5[DDr3a_V*`Cu:`EGS).0pEP!4J;V7;Hp<[W[E<b-L'";2?4D:i%!n8a3\VmZ`[rWLO0.A/O-K/X<'i8P*Ina0rVlf8Lg\B)OgsVg'-@YNYOkY!n(s!N;=1`q.qB'P99YPc1;]]9l%oLjD,lcmgK0/\Y#iGSP6$*81m5S>n9S'tqk8a';*GUp-+4mnaUgO#J<5nm`oo8])q)P6kq5;p^HMO?;BQJEKC,9@idOF1WbssbPNsKeb2UeJ?X1W*W8<ur.eeM8aidLQ,OHmUK<)UZ*r:#'X^?*!Gid:T/><Wfo"eD<20l^oCM*4'U_\0YAOc"aeQtRj`]3#RPR<n&ms)[@Ia3uJB.WML]_Y-uZIb6Yb%H.IpVjF5On,$!cfl(TU/*+b8+eTEXG@gANrAGZ4VM3rBDLcrl07'>TVU#fO02V8T<MS&W"[rXSPW@bg$3GsSWiB`F'PBae]B4;#Y,C`OucI.0kQb4Z/<q>pV3dE9:U#L2MQW_0+?AZoUWHK$6]XOF$&@knUaW&oeth>T%'(4Td19C9T$At!;%dl\ZB75=Z*.Z*_Z[oYQC1A.^i;U;X5C2CVYk1Kine!>"31.7Z+uhQpET+P8_bI3CjMb9a_;=-V6`Ig/XCd0.f"4/O`'+@p=]u<Njjq6d$[#XdnP=:dp+t-c%/ZE^;@TaKG9gXrdfEUJ4LO@0n^2IK;4II_DeBZ@.1Cq>*Y/Zdt=W[*PG3k94b8=M*BKP/<?+)t9g3hebZSQG:(>QHs*0*/s["WM#>4KDYMsN.p$4%P#]rolg*@)&D4$bQRr6(Y8+bbndjBANc$]jFHTt@58/E]BuY$g0T6d$TKiVCgYS4kfH)n41a$af5!BoaBj89kM-ENglbggY0AuK!T#m&?eF]qk*8?;$!",p7WDL2"/TC]TTaCB:f4b[P'e*NG83A09qmnL7F@jF`,2*)\kh,jH*tg3Sdhc;pi<1^HXpp!1A0bRY[@@Cgn5uJYsG3=f(KmJJG.GDo@oe__-Pl_M/86a24tFkQ,tpTZ4M(12JG#qgYOTNljGR/0c?cfDYn1P6$4MA^L/gcA'j0-=/2S97r!FuMD#*UcKiT,`9W!aUeU`e`U9+o_D`0G=K;SR^0tqr=_9IWfJ.#7ht$A3:8[*?I%6@ti1^BSK?(\=jp0XUopR8V"Ip+(KM7l]+XWA.r9\B!a(`-tG78%h,r.FLaprG!X_tUShHp[I&uh#pD5>VNgd^VE8#Oainj\_`Uum4Upm(5WKkPWp_15([,@;g9A`4317DeCBFmsFMGMJ)CO^;NsJnnh[N7YkD,`ciR:FS#5099qN]S2Bp[jHr*^hm&R+?-]_/!P5#9oDDR)^InpL0QINY?=0EV"c^"#][]QO&W3C=e+9[,i,k@N*9i"ZOL_?eVA[_BZkhsSC;@9%hgs/A!d0=<kV$RWr:YT:qCLqZDY(>hqul9pj#*5_W@($9'3Db3L0K^Vi:S-[gc;O%7X9`:1(-M\7Mb)\Konu1N=7M*qQE>+%\PRlXQ9J/]lS/3J[:tDcT]^U'L]hmsObN+oHDu@ESX/&PeqjZkKTVeh[n5S3=M-V:O6?<=.84j2lrf+`k'9%00&sn7FdcTj#X,-W<`-D]AcG-aI<P5m,BI.ii=N>-ju,'Y"):4mSVOE$qC%o;:bpb3W\;Gmf>9S-AQ%PR5%Q,A\H/';DUGT*TVVD-&.7e7-IedS'Pqq`gZl2T<cRXR=giMW8Y'MMpMsb.+=mEbp%"Roq?^_#(%A(bnlLfcVcC;;OQF0k!RhN+cct-a5L(MeEpFAFA=QWd(C`Sd<os#@aXE$0EfgEr/9_JsF<VKmdO[-Yo0>6'U7GhXFn/9GYVAgikNSLa_Dm8>VQl;?IaM0U4+rNbtCRU^='#m?=g?6qU(*bE6@m8<ZqS.?9)EiW]U3T]_pFCVrmFeO$>I?K=)ro4,`gMPPF**.<]I@&6RgSe%Ckmd,PWkuYg8J6Z@Y&EhCjgrJM!<91b16/cs+?H3HQ]:h27:PRHa0?/4pj`A:XkL<7kh[=&18@'P=G-t;.Gbtg,/,IpH.sZ]hl)U0f,%Q+[TDuW:kSIMl!B.V<kJ,hTLV5!9pl5J.>S='?FUnei.47DbgtW:W5pWf!]55_a=rP.K95tFfH86d[nt[j'`?==(=G4#NQO15T0?#@1VIhXpbL:!Zl[J`!UE(]q[6SAH1"&;X$a4&9Vi8i9O\-<9lTA37]UQD?[/i]_Cs,?]Z;R[5HiF8rZa=Z~>endstream
endobj
10 0 obj
<<
/Filter [ /ASCII85Decode /FlateDecode ] /Length 2766
>>
stream
Gatm>qi;^S')k%D741u$mL`rqbB>h"!:`*0f\Po<TH$Q;6C)$^8bVj;0!G]*hgT-\\,.oJZ3QpEF_58KrDhNXIJ)f$Q)&mZ>VBDaeVCd%m8$`YT\B?@.25nO^8sNOh$WU<V+c-K?G)b0XnitU,p[.3Q)fm@NGY]ObJ]b8[8KVYFB+B+!.8h]k9!o)k2Q[u)#6&&n$]?!YWom9[7+8.>H-F]/!YD8C'V+J\);'1>2Ho,[BXZ6U@t45f?a@(BSh-1VeYs)[JTRFH5R+lc?<uV2Q3D<PHP,4Q+o0T;YuCG([m;>r_gFC!So]:f(Lism;7!J#"``;]mZf&pbaX$^X2/PD*ODW3>dDY$8?!$2SrU&-gfT9F`p)5ib3i"eGF[nd@o#`pjs3t8IA]#HL#>*0n?LR6"R.%%5b'd=oH":[Sq7K'&&Jk[(>L&p\)i!IW%?3<dD$eroVOP@al,EG/>\D7USZ/2\,-fYTc/O".00S4IQ(tBE!MS1C>4KT#lK#96fnkr5M*Rq-mqofLF6Mk_[trP%iXHbgsoDXD96@YFVTc%1upl:j#-4YGZ`$.#b"T8q<Y3&F3A<T`;3oRi*./AEtP4nBb)0XR>9t9kJ`UO@\mC5,M>\-2r!J(n(r(aA^i,p;Z/Rh3;d_lG"qLm0*f8KrB$2BlGgr<(2?F2=X&r:-?+p^RbOr=u_a#!npgK9hLqmX-J4HBl\Gc?sk7hn/!$Q@a8qs_E$^IGg^TB`c0;34!>YIr:=!fpBQQG]7+DmrbV2hCfa6Y8eq0*2%#5,]$u5#oj>=#e-M90XrYp>+%S0>%..)*o)=iBG26f<99qRg9LqGue:p/'>aArRf.oB<%ipZ5O"lR(_bLkM%]al,HRD/f2YXnD^l(]Y"5-7I<(Qo4]R!h+0eN(]>D`_'<aNPRIfB38?CuNil=I!UOMYqL)f>K&I*kWj*n"6Bad"SBH@c+eYt[Z=e16uAa(UdH]Ojl5HN3^7W1Bkf1^b^n[@nNY:9uk>"SCF[%eFT<a%CZcFpOg=NR__XThIaV5`9]*d[)$,DnDFt3=mG<38tN=Fbl!@C=#+Xc`mJsXoQI0*!+_\$sK<?TE)3!!??.LLr\UbddUF3;h,Yc'\9]M*[?sj,OI_u`$!9T6=(DdJR[#X.^IN2!OU*<O%5*s7nYof'bipbZ1qOUNe`Q>LMWe@&ki>sW5>Y!;2S%G0;Ss+X)Y0[K7D5`V&:$lU\Z>\8+k3[iBcOQ$ar;"A1TC_Z6&&apXa,%*._7"a/3mu&ELOBh%3kF4D'.CT-i9Xr`5q-7NeRVIQM0B?`SL4S9D<ne.`6nOS4qm&H5&#>j)s&`nnc>FmcCD`[qM7[;Vr)I.0:pI,d<@$\)V*B*M=!\Ua2">7QlQ1^c>M;?UP78SV-,C)F:[.`J)N/W-L.(=C-TIZI"d,BAG_MQ#sqf/gZdVq5]m"=YIC]HccqGLJE_"Cl4D7r;j4T9Z2MG4gZK4?0*o\[Y6F=W]&aWYm-nN`>4/m?M0:f$"!FfQAMCVa:4GY3o56-DOj#=i2D]1];(+8a_/Hp<n7SL7"C/:.[Sc&4rEH!6Er5Ffs_p/,_!Ui$RRbpXbnLUfDTV@Z0/5`uK_BE+]H>KK%E6$&MV,n_:U;OetE"JAiX&Ti(:2KHO^N^1fHn1J1)aLCf@@(!\3iL,1AZRG@T8p0s(Qc3soAECP$4kb/'L)q&jOc"P^m[h>"gVuu;q:hT9TV%.2BW&h8cGP6fG`0<1_;AjCTW$?O#"g3Y?fPmOuW+gGTS/!k+\dfM48+o>,b1IrLULYjUdBkKF"u`hKEb8k?=b]Jg:,l-h%W!&i$,\*d7H6o7r*FS`K%RfY'Q,0t">1l7O'FrQQp&WI$siQp^*TWZdG?CuTNEsd(g5*-&%r7%&LHk_0O?qi2q6n=CbD,=N-rc-5+.f2[_1ki_M(:,]?dH^^b^HuBa3;hlkDaDg:=:n\L(itT.QI:7eYqg+MU&3oAX`e<5_A?69a-#3VcRq2NSI&\q5UR:(-Y.ed[FH>091GGdKIkGQtL:B.(M257mDF[R.aFNZp4>mHA2i]dXIr1@3F>kiQDFbk&MLh%e5SK4%[)GL,JDoo>D:KidF,0B'[h@IP.(q.f@uC?=ERT5'*-6$#V>F0`[F_4<>5AU!kS/WC39&Y0Z'+J0:(]_lQ*c4R=?c7EK?d0XI^nTUG>&\O(?/GQmL8_J(A)o@S?.0@Plk6Plmf6OZSW&rn_*q;D,q784PQB-KXHnBR_W_Jqid>'L.ZMPN3e4i&.l.S!I\ou9@/%&qWpp3U[`*C>Xl<"TF<+L]8FI_(?]Q`KO9ph'CePSU@(OJj-c6N(Bh>&B\]\^_<qH'?id?:6Vd@!!(TV"[<++0>^qkBMdB<?quCp]0o+tFbL'+0k0B;UjC/sCSkSW#:;$[R,1]:PVOCl6@0;]QKYl$!sB;ob.oZH"fs4EPj+'-jK4f'JWS=s"D-B]TJZk1b@jRU%J34aVWg7."oNS18KOToU'dB]KkLhVFa1>'F6m8H[@8P+%lUcBZc'a%Rq>/EtX+b`_I#H.I9;q@3DLT!$YHN82tf6O.26I)F_&X.h:Gef_GO?Qld?B(EatjU7M32ot)jo`T)YXA7Nc^g7VSqMosr;bj^Q*$LYs.2P\EgrOE<5>"n9qDeV+2d3O#:LLeZ@Xk5jH4hGq*](Oh2_k4Y&!16mJm7U*8i4Y"VD`o0I@QaET02r(rjnoIe]T$?-&6Y9TWpMX\hQjAlYuO5YB/>-@Ni5[W?5i]:$72pf)G_Iqid!~>endstream
endobj
xref
0 11
0000000000 65535 f 
0000000061 00000 n 
0000000102 00000 n 
0000000209 00000 n 
0000001142 00000 n 
0000001345 00000 n 
0000001549 00000 n 
0000001617 00000 n 
0000001877 00000 n 
0000001942 00000 n 
0000004829 00000 n 
trailer
<<
/ID 
[<fdee9f7bb3b35c11c552297787d54f75><fdee9f7bb3b35c11c552297787d54f75>]
% ReportLab generated PDF document -- digest (opensource)

/Info 7 0 R
/Root 6 0 R
/Size 11
>>
startxref
7687
%%EOF
