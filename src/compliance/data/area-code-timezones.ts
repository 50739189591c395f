/**
 * US (NANP) area code -> IANA time zones, for RF-02: the phone's area code is one of the debtor's
 * "known locations". Listed per state from the NANPA assignments as of 2026, overlays included.
 * Where one area code spans a zone line (FL 850/448, IN 812/930, KS 620/785, KY 270/364, NE 308,
 * ND 701, SD 605, ID 208/986, OR 541/458, MI 906) it lists both zones (conservative, see
 * zip3-timezones.ts). An area code missing here contributes no zone; the others still apply.
 * A debtor may keep a number after moving: that is why the window must fit every known zone.
 */
const ET = ['America/New_York'];
const CT = ['America/Chicago'];
const MT = ['America/Denver'];
const PT = ['America/Los_Angeles'];
const ET_CT = ['America/New_York', 'America/Chicago'];
const CT_MT = ['America/Chicago', 'America/Denver'];
const PT_MT = ['America/Los_Angeles', 'America/Denver'];

const byZones: readonly [readonly string[], string][] = [
  // Eastern
  [ET, 'CT 203 475 860 959'],
  [ET, 'DC 202 771'],
  [ET, 'DE 302'],
  [ET, 'FL 239 305 321 324 352 386 407 561 645 656 689 727 728 754 772 786 813 863 904 941 954'],
  [ET, 'GA 229 404 470 478 678 706 762 770 912 943'],
  [ET, 'IN 260 317 463 574 765'],
  [ET, 'KY 502 606 859'],
  [ET, 'MA 339 351 413 508 617 774 781 857 978'],
  [ET, 'MD 227 240 301 410 443 667'],
  [ET, 'ME 207'],
  [ET, 'MI 231 248 269 313 517 586 616 679 734 810 947 989'],
  [ET, 'NC 252 336 704 743 828 910 919 980 984'],
  [ET, 'NH 603'],
  [ET, 'NJ 201 551 609 640 732 848 856 862 908 973'],
  [ET, 'NY 212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934'],
  [ET, 'OH 216 220 234 283 326 330 380 419 436 440 513 567 614 740 937'],
  [ET, 'PA 215 223 267 272 412 445 484 570 582 610 717 724 814 835 878'],
  [ET, 'RI 401'],
  [ET, 'SC 803 821 839 843 854 864'],
  [ET, 'TN 423 865'],
  [ET, 'VA 276 434 540 571 686 703 757 804 826 948'],
  [ET, 'VT 802'],
  [ET, 'WV 304 681'],
  // Central
  [CT, 'AL 205 251 256 334 483 659 938'],
  [CT, 'AR 327 479 501 870'],
  [CT, 'IA 319 515 563 641 712'],
  [CT, 'IL 217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872'],
  [CT, 'IN 219'],
  [CT, 'KS 316 913'],
  [CT, 'LA 225 318 337 504 985'],
  [CT, 'MN 218 320 507 612 651 763 924 952'],
  [CT, 'MO 235 314 417 557 573 636 660 816 975'],
  [CT, 'MS 228 601 662 769'],
  [CT, 'NE 402 531'],
  [CT, 'OK 405 539 572 580 918'],
  [CT, 'TN 615 629 731 901 931'],
  [CT, 'TX 210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 936 940 945 956 972 979'],
  [CT, 'WI 262 274 353 414 534 608 715 920'],
  // Mountain and Pacific
  [MT, 'CO 303 719 720 970 983'],
  [MT, 'MT 406'],
  [MT, 'NM 505 575'],
  [MT, 'TX 915'],
  [MT, 'UT 385 435 801'],
  [MT, 'WY 307'],
  [['America/Phoenix'], 'AZ 480 520 602 623 928'],
  [PT, 'CA 209 213 279 310 323 341 350 357 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 840 858 909 916 925 949 951'],
  [PT, 'NV 702 725 775'],
  [PT, 'OR 503 971'],
  [PT, 'WA 206 253 360 425 509 564'],
  [['America/Anchorage'], 'AK 907'],
  [['Pacific/Honolulu'], 'HI 808'],
  [['America/Puerto_Rico'], 'PR 787 939'],
  [['America/St_Thomas'], 'VI 340'],
  [['Pacific/Guam'], 'GU 671'],
  // Area codes that straddle a zone line
  [ET_CT, 'FL 850 448'],
  [ET_CT, 'IN 812 930'],
  [ET_CT, 'KY 270 364'],
  [ET_CT, 'MI 906'],
  [CT_MT, 'KS 620 785'],
  [CT_MT, 'NE 308'],
  [CT_MT, 'ND 701'],
  [CT_MT, 'SD 605'],
  [PT_MT, 'ID 208 986'],
  [PT_MT, 'OR 541 458'],
];

export const areaCodeZones: ReadonlyMap<string, readonly string[]> = new Map(
  byZones.flatMap(([zones, line]) =>
    line
      .split(' ')
      .slice(1)
      .map((code) => [code, zones] as const),
  ),
);
