"""The bundled HTSUS column 1 general rates (data/tariffs/us.csv, rows whose ref names the USITC HTS export):
ad valorem, per-piece, per-kilogram, per-litre and compound rates by eight-digit line, the six-digit rows derived from
them, the subheadings whose lines differ in rate, which ask for the line, and printed rates the schedule cannot
compute (per proof litre), which ask for a hand calculation.

Rates as printed in the USITC HTS export (HS 2022 edition, column 1 general); the duties below are worked out
from them by hand. Only the line's MFN charge is asserted: additional duties (Section 301, IEEPA) have their own
tests."""
import csv
import re
from decimal import Decimal

import pytest

from tradecompliance._paths import data_dir
from tradecompliance.landed.importers.usitc import UnsupportedRate, us_duty
from us_lines import us_mfn as _mfn, us_quote as _quote


@pytest.mark.parametrize("code,quantity,unit_value,duty", [
    ("4202.92.31", "1", "100.00", "17.60"),   # backpacks of man-made fibres: 17.6% of 100.00
    ("9004.10.00", "1", "50.00", "1.00"),      # sunglasses: 2% of 50.00
    ("8513.10.20", "2", "20.00", "5.00"),      # flashlights: 12.5% of 40.00
    ("7117.19.90", "4", "25.00", "11.00"),     # imitation jewellery of base metal, other: 11% of 100.00
    ("3307.49.00", "2", "25.00", "3.00"),      # room deodorizers other than by burning: 6% of 50.00
    ("8467.21.00", "1", "200.00", "3.40"),     # electric drills: 1.7% of 200.00
    ("4421.99.98", "10", "8.00", "2.64"),      # other articles of wood, other: 3.3% of 80.00
    ("6204.63.90", "2", "30.00", "17.16"),     # women's trousers of synthetic fibres, other: 28.6% of 60.00
    ("6109.10.00", "3", "12.00", "5.94"),      # T-shirts of cotton, knitted: 16.5% of 36.00
    ("6110.30.30", "1", "45.00", "14.40"),     # sweaters of man-made fibres, other: 32% of 45.00
    ("6203.42.45", "2", "40.00", "13.28"),     # men's cotton trousers, other: 16.6% of 80.00
    ("6212.10.90", "4", "15.00", "10.14"),     # brassieres, other: 16.9% of 60.00
    ("6216.00.38", "2", "10.00", "4.70"),      # cotton gloves without fourchettes: 23.5% of 20.00
    ("5806.32.10", "10", "3.00", "1.80"),      # ribbons of man-made fibres: 6% of 30.00
    ("6912.00.44", "6", "8.00", "4.80"),       # ceramic (not porcelain) mugs and other steins: 10% of 48.00
    ("4016.99.20", "4", "5.00", "0.86"),       # toys for pets of vulcanized rubber: 4.3% of 20.00
    ("6404.19.90", "1", "60.00", "5.40"),      # textile-upper footwear valued over USD 12/pair: 9% of 60.00
    ("7009.92.50", "1", "80.00", "5.20"),      # framed glass mirrors over 929 cm2: 6.5% of 80.00
    ("6302.31.90", "2", "40.00", "5.36"),      # cotton bed linen, not napped, no embroidery: 6.7% of 80.00
    ("9032.10.00", "2", "50.00", "1.70"),      # thermostats: 1.7% of 100.00
    ("0902.10.10", "2", "25.00", "3.20"),      # flavoured green tea in packings of 3 kg or less: 6.4% of 50.00
    ("1806.31.00", "10", "4.00", "2.24"),      # filled chocolate in blocks, slabs or bars: 5.6% of 40.00
    ("1704.90.35", "5", "5.00", "1.40"),       # sugar confectionery ready to eat, other: 5.6% of 25.00
    ("1905.90.90", "4", "5.00", "0.90"),       # bakers' wares other than bread and cakes (crisp snacks): 4.5% of 20.00
    ("4414.90.00", "2", "25.00", "1.95"),      # wooden frames, other than of tropical wood: 3.9% of 50.00
    ("4417.00.80", "10", "3.00", "1.53"),      # tool handles and other tools of wood: 5.1% of 30.00
    ("9304.00.20", "1", "150.00", "5.85"),     # air and spring rifles: 3.9% of 150.00
    ("9307.00.00", "1", "80.00", "2.16"),      # swords and scabbards: 2.7% of 80.00
    ("2515.12.20", "1", "500.00", "15.00"),    # travertine merely cut into slabs: 3% of 500.00
    ("1211.90.40", "3", "10.00", "1.44"),      # mint leaves, manufactured (single-herb mint tea): 4.8% of 30.00
    ("2103.90.90", "2", "6.00", "0.77"),       # other sauces: 6.4% of 12.00 = 0.768, half up to 0.77
    ("2106.90.99", "3", "20.00", "3.84"),      # food preparations n.e.s.i., other (supplements): 6.4% of 60.00
    ("3006.70.00", "2", "15.00", "1.50"),      # medical lubricant and coupling gels: 5% of 30.00
    # ten-digit lines of session 66 (tests/test_us_food_lines.py), rated by their eight-digit line
    ("2106.90.99.94", "1", "10.00", "0.64"),   # food preparations, other (2106.90.99): 6.4% of 10.00
    ("1806.32.90.90", "3", "5.00", "0.90"),    # chocolate not filled, other (1806.32.90): 6% of 15.00
    ("2103.90.90.20", "1", "12.50", "0.80"),   # mayonnaise (2103.90.90): 6.4% of 12.50
    ("2008.11.15", "1", "10.00", "13.18"),     # peanut butter and paste, other than under quota notes: 131.8% of 10.00
    ("2404.12.10.90", "1", "20.00", "1.00"),   # nicotine mixtures for vaporizing devices, other (2404.12.10): 5% of 20.00
    ("2007.99.10", "2", "5.00", "0.22"),       # strawberry jam: 2.2% of 10.00
    # lines of session 67 (tests/test_us_plant_and_basketwork_lines.py)
    ("4602.19.18", "2", "20.00", "1.80"),      # baskets of other vegetable materials (seagrass), other: 4.5% of 40.00
    ("4602.12.25.00", "1", "50.00", "9.00"),   # handbags of rattan, other than pocket articles: 18% of 50.00
    ("0603.11.00.50", "1", "30.00", "2.04"),   # fresh cut roses, other than spray: 6.8% of 30.00
    ("0602.90.90", "5", "8.00", "1.92"),       # live plants without soil, other: 4.8% of 40.00
    ("1515.90.60", "2", "12.00", "0.55"),      # jojoba oil: 2.3% of 24.00 = 0.552 to 0.55
    # lines of session 96 (chapter 68)
    ("6802.99.00", "2", "50.00", "6.50"),      # articles of other stone (whiskey stones): 6.5% of 100.00
    ("6810.19.14", "1", "100.00", "9.00"),     # floor and wall tiles of cement or concrete, other: 9%
    ("6802.10.00", "4", "12.50", "2.40"),      # stone mosaic tiles under 7 cm: 4.8% of 50.00
    ("6804.30.00", "3", "15.00", "0.00"),      # hand sharpening or polishing stones: Free
    # lines of session 100 (leather and rubber footwear, prepared fish and meat, prepared fruit, dried vegetables)
    ("6403.40.60", "2", "45.00", "7.65"),      # leather footwear with a protective metal toe-cap, not welt: 8.5% of 90.00
    ("6403.91.60", "1", "80.00", "6.80"),      # leather boots covering the ankle, for men, youths and boys: 8.5%
    ("6403.99.90", "2", "35.00", "7.00"),      # leather shoes for other persons valued over USD 2.50/pair: 10% of 70.00
    ("6403.59.15", "1", "60.00", "1.50"),      # leather-soled turn or turned footwear: 2.5% of 60.00
    ("6403.12.60", "1", "250.00", "0.00"),     # leather ski boots, not welt: Free
    ("6402.99.90", "1", "40.00", "8.00"),      # rubber or plastics footwear valued over USD 12/pair: 20% of 40.00
    ("1604.14.10", "20", "2.00", "14.00"),     # tunas in oil in airtight containers: 35% of 40.00
    ("1604.13.20", "10", "1.50", "2.25"),      # sardines in oil in airtight containers, neither skinned nor boned: 15%
    ("1605.51.50", "2", "10.00", "0.94"),      # oysters, prepared, not smoked: 4.7% of 20.00
    ("1602.50.60", "4", "8.00", "0.58"),       # bovine meat, not cured, no cereals or vegetables, not in airtight
                                               # containers (jerky): 1.8% of 32.00 = 0.576 to 0.58
    ("2008.99.91", "3", "10.00", "1.80"),      # other fruit and edible parts of plants, prepared (seaweed snacks): 6%
    ("0712.32.00", "2", "15.00", "2.49"),      # dried wood ears: 8.3% of 30.00
    # inorganic chemicals of chapter 28 (session 100)
    ("2836.30.00", "2", "5.00", "0.00"),       # sodium bicarbonate (baking soda): Free
    ("2833.21.00", "4", "6.00", "0.89"),       # magnesium sulfate (Epsom salt): 3.7% of 24.00 = 0.888 to 0.89
    ("2823.00.00", "1", "30.00", "1.65"),      # titanium oxides: 5.5% of 30.00
    ("2811.22.10", "10", "2.00", "0.74"),      # synthetic silica gel (desiccant packs): 3.7% of 20.00
    ("2804.29.00", "1", "40.00", "1.48"),      # rare gases other than argon (helium): 3.7% of 40.00
    ("2840.19.00", "2", "10.00", "0.02"),      # disodium tetraborate other than anhydrous (borax): 0.1% of 20.00
    # cotton fabrics, pigments, polymers and machine tools (session 101)
    ("5208.52.30", "2", "25.00", "3.00"),      # printed plain-weave cotton over 100 g/m2, number 42 or lower (quilting
                                               # cotton): 6% of 50.00
    ("5209.42.00", "3", "20.00", "5.04"),      # cotton denim over 200 g/m2: 8.4% of 60.00
    ("5211.51.00", "1", "40.00", "0.00"),      # printed plain-weave cotton mixed with man-made fibres over 200 g/m2: Free
    ("3206.49.60", "4", "12.50", "1.55"),      # other colouring matter (mica pigment powder): 3.1% of 50.00
    ("3906.90.50", "2", "30.00", "2.52"),      # other acrylic polymers in primary forms (UV resin): 4.2% of 60.00
    ("3901.20.50", "1", "80.00", "5.20"),      # polyethylene of specific gravity 0.94 or more (HDPE pellets): 6.5%
    ("8459.29.00", "1", "250.00", "10.50"),    # drilling machines, not numerically controlled (drill press): 4.2%
    ("8460.90.80", "1", "120.00", "5.28"),     # other grinding and finishing machine tools (bench grinder): 4.4%
    ("8461.50.80", "1", "300.00", "13.20"),    # sawing or cutting-off machines, not numerically controlled: 4.4%
    # organic chemicals and tripods (session 102)
    ("2925.29.90", "2", "20.00", "1.48"),      # imines, not aromatic, other (creatine monohydrate): 3.7% of 40.00
    ("2903.45.10", "1", "80.00", "2.96"),      # 1,1,1,2-tetrafluoroethane (HFC-134a refrigerant): 3.7% of 80.00
    ("2903.45", "1", "80.00", "2.96"),         # ... its one line: a six-digit code is enough
    ("2932.14.00", "4", "12.50", "1.85"),      # sucralose: 3.7% of 50.00
    ("2930.40.00", "1", "60.00", "0.00"),      # methionine: Free
    ("9620.00.20", "1", "45.00", "2.61"),      # tripods for photographic cameras: 5.8% of 45.00
    ("9620.00.70", "2", "15.00", "0.75"),      # other monopods and tripods, of aluminium: 2.5% of 30.00
    ("2918.14.00", "2", "12.50", "1.50"),      # citric acid: 6% of 25.00
    ("2922.49.43", "1", "30.00", "1.26"),      # glycine: 4.2% of 30.00
    ("2922.41", "4", "10.00", "1.48"),         # lysine (one line, 2922.41.00): 3.7% of 40.00
    ("2922.42.10", "3", "5.00", "0.98"),       # monosodium glutamate: 6.5% of 15.00 = 0.975, half up to 0.98
    ("2923.20.20", "2", "9.00", "0.90"),       # lecithins other than egg phospholipids for emulsions: 5% of 18.00
    ("8702.10.31", "1", "200000.00", "4000.00"),  # diesel buses for 16 or more persons: 2% (beside it, from 1 November
                                                  # 2025, the 10% section 232 duty on buses, a charge of its own)
    # alcohols, phenols, ethers, aldehydes, ketones, acids and heterocyclic compounds (session 103)
    ("2905.12.00", "2", "20.00", "2.20"),       # propan-1-ol and propan-2-ol (isopropyl alcohol): 5.5% of 40.00
    ("2906.11.00", "1", "30.00", "0.63"),       # menthol: 2.1% of 30.00
    ("2912.41.00", "2", "12.50", "1.38"),       # vanillin: 5.5% of 25.00 = 1.375, half up to 1.38
    ("2914.11.50", "3", "10.00", "0.00"),       # acetone not derived from cumene: Free
    ("2915.21.00", "5", "10.00", "0.90"),       # acetic acid: 1.8% of 50.00
    ("2916.31.11", "2", "20.00", "2.60"),       # benzoic acid and its salts (sodium benzoate): 6.5% of 40.00
    ("2917.11.00", "1", "10.00", "0.31"),       # oxalic acid, its salts and esters: 3.1% of 10.00
    ("2924.29.62", "4", "25.00", "6.50"),       # other drugs of 2924.29 (acetaminophen): 6.5% of 100.00
    ("2933.61.00", "1", "100.00", "3.50"),      # melamine: 3.5% of 100.00
    ("2932.99.90", "2", "15.00", "1.11"),       # other heterocyclic compounds with oxygen hetero-atoms (glucosamine):
                                                # 3.7% of 30.00
    # ferroalloys (session 104): outside the section 232 steel articles (Proclamation 9705 clause 1 starts at 7206)
    ("7202.21.50", "1", "1000.00", "15.00"),    # ferrosilicon of over 55% but not over 80% silicon, other: 1.5%
    ("7202.41.00", "2", "500.00", "19.00"),     # ferrochromium of over 4% carbon: 1.9% of 1,000.00
    ("7202.50.00", "1", "250.00", "25.00"),     # ferrosilicon chromium: 10% of 250.00
    ("7202.92.00", "4", "12.50", "2.10"),       # ferrovanadium: 4.2% of 50.00
    ("7202.99.20", "1", "33.30", "1.67"),       # calcium silicon: 5% of 33.30 = 1.665, half up to 1.67
    # milling products (session 104)
    ("1106.10.00", "2", "6.00", "1.00"),        # chickpea (gram) flour, of dried legumes: 8.3% of 12.00 = 0.996 to 1.00
    ("1109.00.90", "1", "40.00", "2.72"),       # wheat gluten, not for animal feed (vital wheat gluten): 6.8% of 40.00
    # live animals, meat and fish (session 104)
    ("0106.32.00", "1", "300.00", "5.40"),      # parrots and other psittaciformes: 1.8% of 300.00
    ("0201.10.50", "1", "100.00", "26.40"),     # beef carcasses, fresh, other than quota entries: 26.4%
    ("0208.10.00", "1", "50.00", "3.20"),       # meat of rabbits or hares: 6.4% of 50.00
    ("0304.93.90", "2", "10.00", "1.20"),       # frozen tilapia or pangasius meat, in packs of 6.8 kg or less: 6% of 20
    ("0305.41.00", "1", "30.00", "1.50"),       # smoked Pacific or Atlantic salmon: 5% of 30.00
    ("0306.14.20", "1", "80.00", "6.00"),       # frozen crabmeat: 7.5% of 80.00
    ("0307.60.00", "2", "15.00", "1.50"),       # snails other than sea snails: 5% of 30.00
    ("0709.70.00", "1", "20.00", "4.00"),       # fresh spinach: 20% of 20.00
    ("0704.20.00", "1", "16.00", "2.00"),       # brussels sprouts: 12.5% of 16.00
    # other base metals (session 104)
    ("8108.90.30", "2", "25.00", "2.75"),       # articles of titanium: 5.5% of 50.00
    ("8113.00.00", "1", "40.00", "1.48"),       # cermets and articles thereof: 3.7% of 40.00
    ("8104.11.00", "1", "10.00", "0.80"),       # unwrought magnesium of at least 99.8%: 8% of 10.00
    ("8106.10", "1", "90.00", "0.00"),          # bismuth of over 99.99% (one line, 8106.10.00): Free
    # dairy (session 105)
    ("0406.40.20", "1", "50.00", "1.35"),       # Roquefort in original loaves: 2.7% of 50.00
    ("0406.90.20", "2", "15.00", "1.26"),       # Gjetost of goat's milk whey: 4.2% of 30.00
    ("0406.90.57", "1", "40.00", "0.00"),       # Pecorino in original loaves, not for grating: Free
    ("0404.10.05", "1", "200.00", "17.00"),     # whey protein concentrates: 8.5% of 200.00
    # fats and sugars (session 105)
    ("1702.11.00", "1", "50.00", "3.20"),       # lactose of 99% or more: 6.4% of 50.00
    ("1702.50.00", "1", "25.00", "2.40"),       # chemically pure fructose: 9.6% of 25.00
    ("1522.00.00", "1", "100.00", "3.80"),      # degras and residues of fatty substances: 3.8% of 100.00
    ("1517.90.20", "1", "40.00", "3.20"),       # edible mixtures of oils of 1501-1515 under 5% soybean oil: 8% of 40.00
    # wood, cereals and peanuts (session 105)
    ("4412.31.92", "1", "200.00", "16.00"),     # plywood with a tropical outer ply, other: 8% of 200.00
    ("4412.39.30", "1", "100.00", "3.40"),      # plywood with a face ply of European red pine: 3.4% of 100.00
    ("4408.90.01", "1", "60.00", "0.00"),       # veneer sheets of other wood: Free
    ("1008.50.00", "1", "40.00", "0.44"),       # quinoa: 1.1% of 40.00
    ("1202.42.20", "1", "10.00", "13.18"),      # shelled peanuts, dry-blanched, over the quota: 131.8% of 10.00
    # glass and hides (session 105)
    ("7002.10.10", "1", "50.00", "1.95"),       # glass balls not over 6 mm in diameter: 3.9% of 50.00
    ("7005.21.20", "1", "100.00", "5.60"),      # body-tinted float glass 10 mm or more thick: 5.6% of 100.00
    ("7004.90.50", "2", "40.00", "4.00"),       # drawn glass, not rectangular: 5% of 80.00
    ("4106.31.10", "1", "100.00", "4.20"),      # wet-blue skins of swine: 4.2% of 100.00
    ("4103.90.13", "1", "200.00", "7.40"),      # tanned skins of goats, other than vegetable pretanned: 3.7% of 200.00
    ("4106.40", "1", "90.00", "0.00"),          # tanned or crust reptile skins (one line, 4106.40.00): Free
    ("8402.12", "1", "1000.00", "43.00"),       # watertube boilers of 45 t of steam an hour or less: 4.3% of 1,000.00
    ("8403.10", "1", "800.00", "0.00"),         # central heating boilers (one line, 8403.10.00): Free
    ("8406.90.40", "4", "50.00", "10.00"),      # blades of steam turbines: 5% of 200.00
    # base metals (session 106)
    ("7905.00.00", "1", "100.00", "2.80"),      # zinc plates, sheets, strip and foil: 2.8% of 100.00
    ("8001.20", "1", "400.00", "0.00"),         # tin alloys (one line, 8001.20.00): Free
    ("7901.11.00", "1", "1000.00", "15.00"),    # unwrought zinc of 99.99% or more: 1.5% of 1,000.00
    ("8003.00.00", "1", "50.00", "1.50"),       # tin bars, rods, profiles and wire: 3% of 50.00
    ("7403.11", "1", "500.00", "5.00"),         # copper cathodes (one line, 7403.11.00): 1% of 500.00
    # leather, furs and gut (session 106)
    ("4114.20.40", "1", "100.00", "3.60"),      # patent laminated or metallized calf leather: 3.6% of 100.00
    ("4206.00.19", "1", "20.00", "0.78"),       # catgut other than for sterile sutures: 3.9% of 20.00
    ("4301.60.30", "1", "300.00", "15.30"),     # raw silver, black or platinum fox skins: 5.1% of 300.00
    # railway, aircraft and ships (session 106)
    ("8606.10", "1", "1000.00", "140.00"),      # railway tank cars (one line, 8606.10.00): 14% of 1,000.00
    ("8607.19.03", "1", "250.00", "1.00"),      # axles of railway rolling stock: 0.4% of 250.00
    ("8608.00", "1", "100.00", "3.80"),         # railway track fixtures and signalling equipment: 3.8% of 100.00
    ("8802.30", "1", "900000.00", "0.00"),      # airplanes of 2,000 to 15,000 kg unladen (one line): Free
    ("8901.10", "1", "500000.00", "0.00"),      # cruise ships and ferry boats (one line, 8901.10.00): Free
    # instruments, machinery and amusements (session 106)
    ("9032.90.21", "1", "100.00", "1.10"),      # parts of automatic voltage regulators for 6, 12 or 24 V: 1.1% of 100.00
    ("9033.00.90", "1", "50.00", "2.20"),       # parts of chapter 90 apparatus not specified elsewhere: 4.4% of 50.00
    ("8448.31", "1", "200.00", "6.60"),         # card clothing (one line, 8448.31.00): 3.3% of 200.00
    ("8448.42", "1", "100.00", "3.70"),         # reeds for looms, healds and heald-frames: 3.7% of 100.00
    ("8462.23", "1", "10000.00", "440.00"),     # numerically controlled press brakes: 4.4% of 10,000.00
    ("8482.99.05", "1", "100.00", "9.90"),      # inner or outer rings of ball bearings: 9.9% of 100.00
    ("9508.21", "1", "50000.00", "0.00"),       # roller coasters (one line, 9508.21.00): Free
    # chemicals, dyes and rubber (session 106)
    ("2844.10.10", "1", "1000.00", "50.00"),    # natural uranium metal: 5% of 1,000.00
    ("2847.00.00", "2", "100.00", "7.40"),      # hydrogen peroxide: 3.7% of 200.00
    ("2849.20.20", "1", "1000.00", "5.00"),     # silicon carbide in grains or ground: 0.5% of 1,000.00
    ("3204.11.50", "1", "200.00", "13.00"),     # other disperse dyes: 6.5% of 200.00
    ("3204.17.08", "1", "300.00", "0.00"),      # Pigment red 178, Pigment yellow 101 and 138: Free
    ("3826.00.10", "1", "1000.00", "46.00"),    # biodiesel containing no petroleum oils (B100): 4.6% of 1,000.00
    ("3827.90.10", "1", "100.00", "6.50"),      # mixtures of methane, ethane or propane derivatives, chlorinated only: 6.5%
    ("4001.22", "1", "500.00", "0.00"),         # technically specified natural rubber (one line, 4001.22.00): Free
    # tobacco, wool and cotton (session 106)
    ("2401.20.35", "1", "10.00", "35.00"),      # light air-cured stemmed tobacco outside the quota: 350% of 10.00
    ("5102.19.60", "1", "500.00", "2.00"),      # Angora goat and other fine hair, degreased only: 0.4% of 500.00
    ("5113.00.00", "1", "100.00", "2.70"),      # woven fabrics of coarse animal hair or horsehair: 2.7% of 100.00
    ("5212.13.60", "1", "100.00", "7.80"),      # other dyed cotton fabrics of 200 g/m2 or less: 7.8% of 100.00
    # apparel (session 106)
    ("6201.20.35", "1", "100.00", "8.50"),      # men's padded sleeveless jackets of wool: 8.5% of 100.00
    ("6204.22.10", "2", "20.00", "3.00"),       # women's cotton judo and karate uniforms: 7.5% of 40.00
    # the last HS 2022 subheadings (session 107)
    ("5902.90.00", "1", "100.00", "0.00"),      # tire cord fabric of yarns other than nylon or polyester: Free
    ("6004.10", "2", "50.00", "12.30"),         # wide knit fabric, 5% or more elastomeric yarn (one line): 12.3% of 100.00
    ("6117.90.90", "1", "40.00", "5.84"),       # knitted parts of garments, under 70% silk: 14.6% of 40.00
    ("7019.11", "1", "200.00", "9.80"),         # glass fibre strands chopped to 50 mm or less: 4.9% of 200.00
    ("7019.13.28", "1", "100.00", "7.00"),      # coloured glass fibre yarn, other than rubber reinforcing: 7% of 100.00
    ("7019.61.40", "1", "300.00", "21.90"),     # woven glass fibre rovings over 30 cm wide, not coloured: 7.3% of 300.00
    ("8401.10", "1", "1000000.00", "33000.00"), # nuclear reactors (one line, 8401.10.00): 3.3% of 1,000,000.00
    ("8401.20", "1", "1000.00", "26.00"),       # machinery for isotopic separation: 2.6% of 1,000.00
])
def test_ad_valorem_lines(rules, code, quantity, unit_value, duty):
    charge = _mfn(_quote(rules, code, unit_value, quantity))
    assert charge.amount == Decimal(duty) and not charge.unverified
    assert "USITC HTS export" in charge.ref


@pytest.mark.parametrize("code,quantity,unit_value,duty", [
    # live goats, 68¢/head: 3 x 0.68 = 2.04
    ("0104.20.00", "3", "150.00", "2.04"),
    # ball point pens, 0.8¢ each + 5.4%: 1,000 pens x 0.008 = 8.00, 5.4% of 150.00 = 8.10
    ("9608.10.00", "1000", "0.15", "16.10"),
    # pocket knives with folding blades, 3¢ each + 5.4%: 10 x 0.03 = 0.30, 5.4% of 120.00 = 6.48
    ("8211.93.00", "10", "12.00", "6.78"),
    # fishing reels valued over USD 2.70 but not over USD 8.45 each, 24¢ each: 5 x 0.24
    ("9507.30.40", "5", "6.00", "1.20"),
    # spring-type wooden clothespins, 6.5¢/gross: 288 pins are 2 gross, 2 x 0.065 = 0.13
    ("4421.99.80", "288", "0.05", "0.13"),
    # liquid meters, 16¢ each + 2.5%: 2 x 0.16 = 0.32, 2.5% of 80.00 = 2.00
    ("9028.20.00", "2", "40.00", "2.32"),
    # tulip bulbs, 89.6¢/1000: 2,500 bulbs are 2.5 thousand, 2.5 x 0.896 = 2.24
    ("0601.10.15", "2500", "0.12", "2.24"),
    # revolvers and pistols, 14¢ each + 3%: 2 x 0.14 = 0.28, 3% of 800.00 = 24.00
    ("9302.00.00", "2", "400.00", "24.28"),
])
def test_per_piece_and_compound_lines(rules, code, quantity, unit_value, duty):
    charge = _mfn(_quote(rules, code, unit_value, quantity))
    assert charge.amount == Decimal(duty)


def test_a_per_pair_rate_counts_the_line_in_pairs(rules):
    # formed textile uppers valued over USD 3 but not over USD 6.50/pair, 63¢/pr. + 26.2%: 10 pairs x 0.63 = 6.30,
    # 26.2% of 50.00 = 13.10; a line counted in pieces gives no pairs, and the quote asks for them
    assert _mfn(_quote(rules, "6406.10.30", "5.00", "10", unit_of_measure="pair")).amount == Decimal("19.40")
    asked = _quote(rules, "6406.10.30", "5.00", "10")
    assert asked.status == "rate_unknown" and "quantity in pairs" in asked.errors[0]
    # rubber or plastics footwear valued over USD 6.50 but not over USD 12/pair (sneakers), 90¢/pr. + 20%:
    # 3 pairs x 0.90 = 2.70, 20% of 30.00 = 6.00
    assert _mfn(_quote(rules, "6402.99.80", "10.00", "3", unit_of_measure="pair")).amount == Decimal("8.70")


@pytest.mark.parametrize("code,weight,unit_value,duty", [
    # unfilled chocolate bars with milk solids (less than 21%), other than quota entries, 37.2¢/kg + 4.3%:
    # 2 kg x 0.372 = 0.744, 4.3% of 30.00 = 1.29, 2.034 to 2.03
    ("1806.32.06", "2", "30.00", "2.03"),
    # dried shiitake, air or sun dried, 1.3¢/kg + 1.8%: 2 kg x 0.013 = 0.026, 1.8% of 25.00 = 0.45, 0.476 to 0.48
    ("0712.34.10", "2", "25.00", "0.48"),
    # hams boned, cooked and packed in airtight containers, 5.3¢/kg: 3 kg x 0.053 = 0.159 to 0.16
    ("1602.41.20", "3", "30.00", "0.16"),
    # chickpeas prepared, 0.8¢/kg on entire contents of container: 2.4 kg of contents with their liquid (the line's net
    # weight) x 0.008 = 0.0192 to 0.02
    ("2005.99.85", "2.4", "12.00", "0.02"),
    # shelled beans prepared or preserved, not frozen, line 2005.51.40, 2.1¢/kg on entire contents of container:
    # 10 kg x 0.021 = 0.21
    ("2005.51.40", "10", "40.00", "0.21"),
    # food preparations over 10% milk solids, other than quota entries, 28.8¢/kg + 8.5%: 0.5 kg x 0.288 = 0.144,
    # 8.5% of 12.00 = 1.02, 1.164 to 1.16
    ("2106.90.87", "0.5", "12.00", "1.16"),
    # men's suit-type jackets of wool, knitted, 38.6¢/kg + 10%: 1.2 kg x 0.386 = 0.4632, 10% of 150.00 = 15.00,
    # 15.4632 rounded half up to 15.46
    ("6103.31.00", "1.2", "150.00", "15.46"),
    # women's anoraks of man-made fibres, 36% wool or more, 43.4¢/kg + 19.7%: 0.8 kg x 0.434 = 0.3472,
    # 19.7% of 120.00 = 23.64, 23.9872 to 23.99
    ("6202.40.40", "0.8", "120.00", "23.99"),
    # infant formula containing oligosaccharides, other, $1.035/kg + 14.9%: 2 kg x 1.035 = 2.07, 14.9% of 30.00 = 4.47
    ("1901.10.16", "2", "30.00", "6.54"),
    # cigarettes, other, $1.50/kg + 3.2%: 0.2 kg x 1.50 = 0.30, 3.2% of 40.00 = 1.28
    ("2402.20.90", "0.2", "40.00", "1.58"),
    # natural honey, 1.9¢/kg: 2 kg x 0.019 = 0.038 to 0.04
    ("0409.00.00.10", "2", "25.00", "0.04"),
    # seeds of flowers for sowing, 1¢/kg: 0.5 kg x 0.01 = 0.005, half up to 0.01
    ("1209.30.00", "0.5", "6.00", "0.01"),
    # fish oils other than liver oils, herring and menhaden aside, 1.5¢/kg + 5%: 1 kg x 0.015 = 0.015, 5% of 30.00 =
    # 1.50, 1.515 half up to 1.52
    ("1504.20.60", "1", "30.00", "1.52"),
    # grinding wheels of abrasives bonded with synthetic resins, 5¢/kg + 2%: 3 kg x 0.05 = 0.15, 2% of 50.00 = 1.00
    ("6804.22.10", "3", "50.00", "1.15"),
    # glycerol, 0.5¢/kg: 25 kg x 0.005 = 0.125, half up to 0.13
    ("2905.45.00", "25", "40.00", "0.13"),
    # flours, meals and starches (session 104): wheat flour, 0.7¢/kg: 25 kg x 0.007 = 0.175, half up to 0.18
    ("1101.00.00", "25", "20.00", "0.18"),
    # rolled oats, 1.2¢/kg (the subheading's one line, 1104.12.00): 10 kg x 0.012 = 0.12
    ("1104.12", "10", "30.00", "0.12"),
    # corn starch, 0.54¢/kg: 50 kg x 0.0054 = 0.27
    ("1108.12.00", "50", "40.00", "0.27"),
    # potato flakes, 1.3¢/kg: 5 kg x 0.013 = 0.065, half up to 0.07
    ("1105.20.00", "5", "15.00", "0.07"),
    # frozen chicken cuts and offal, 17.6¢/kg: 10 kg x 0.176 = 1.76
    ("0207.14.00", "10", "40.00", "1.76"),
    # bacon (bellies of swine, smoked), 1.4¢/kg: 2 kg x 0.014 = 0.028 to 0.03
    ("0210.12.00", "2", "20.00", "0.03"),
    # frozen sole, 1.1¢/kg: 5 kg x 0.011 = 0.055, half up to 0.06
    ("0303.33.00", "5", "50.00", "0.06"),
    # fresh garlic, 0.43¢/kg: 10 kg x 0.0043 = 0.043 to 0.04
    ("0703.20.00", "10", "25.00", "0.04"),
    # dried lentils other than for sowing, 0.15¢/kg: 20 kg x 0.0015 = 0.03
    ("0713.40.20", "20", "30.00", "0.03"),
    # fresh shiitake, 8.8¢/kg + 20%: 2 kg x 0.088 = 0.176, 20% of 30.00 = 6.00, 6.176 to 6.18
    ("0709.54.00", "2", "30.00", "6.18"),
    # dairy (session 105), the over-quota lines ("Other" beside the lines entered under general note 15 or an
    # additional U.S. note to chapter 4): Cheddar, $1.227/kg: 5 kg x 1.227 = 6.135, half up to 6.14
    ("0406.90.12", "5", "40.00", "6.14"),
    # butter, $1.541/kg: 2 kg x 1.541 = 3.082 to 3.08
    ("0405.10.20", "2", "12.00", "3.08"),
    # butter entered under additional U.S. note 6, 12.3¢/kg: 10 kg x 0.123 = 1.23
    ("0405.10.10", "10", "60.00", "1.23"),
    # unsweetened milk and cream powder of over 35% fat, over its quota, $1.556/kg: 25 kg x 1.556 = 38.90
    ("0402.21.90", "25", "100.00", "38.90"),
    # dried yogurt, $1.035/kg + 17%: 1 kg x 1.035 = 1.035, 17% of 20.00 = 3.40, 4.435 half up to 4.44
    ("0403.20.50", "1", "20.00", "4.44"),
    # raw cane sugar over its quota, 33.87¢/kg: 10 kg x 0.3387 = 3.387 to 3.39
    ("1701.14.50", "10", "8.00", "3.39"),
    # lard, 3¢/kg: 10 kg x 0.03 = 0.30
    ("1501.10", "10", "25.00", "0.30"),
    # edible fat mixtures with milk solids over the dairy quota, 34.2¢/kg: 10 kg x 0.342 = 3.42
    ("1517.90.60", "10", "30.00", "3.42"),
    # glucose syrup other than blended syrups, 2.2¢/kg: 50 kg x 0.022 = 1.10
    ("1702.30.40", "50", "40.00", "1.10"),
    # grain sorghum, 0.22¢/kg: 100 kg x 0.0022 = 0.22
    ("1007.90.00", "100", "30.00", "0.22"),
    # millet other than seed, 0.32¢/kg: 50 kg x 0.0032 = 0.16
    ("1008.29", "50", "40.00", "0.16"),
    # shelled peanuts entered under additional U.S. note 2 to chapter 12, 6.6¢/kg: 10 kg x 0.066 = 0.66
    ("1202.42.60", "10", "30.00", "0.66"),
    # body-tinted drawn glass in rectangles, 1¢/kg + 1.6%: 20 kg x 0.01 = 0.20, 1.6% of 50.00 = 0.80, 1.00
    ("7004.20.20", "20", "50.00", "1.00"),
    # drawn glass over 2 but not over 3.5 mm thick, in rectangles, 0.7¢/kg: 30 kg x 0.007 = 0.21
    ("7004.90.25", "30", "50.00", "0.21"),
    # zinc dust, 0.7¢/kg (session 106): 100 kg x 0.007 = 0.70
    ("7903.10", "100", "200.00", "0.70"),
    # zinc powders, 0.5¢/kg: 30 kg x 0.005 = 0.15
    ("7903.90.30", "30", "90.00", "0.15"),
    # raw cotton of staple under 28.575 mm entered outside the quotas, 31.4¢/kg: 100 kg x 0.314 = 31.40
    ("5201.00.18", "100", "200.00", "31.40"),
    # fire-cured and other dark stemmed tobacco, 39.7¢/kg: 10 kg x 0.397 = 3.97
    ("2401.20.57", "10", "60.00", "3.97"),
    # degreased shorn wool processed further, 6.5¢/kg + 5.3%: 10 kg x 0.065 = 0.65, 5.3% of 100.00 = 5.30, 5.95
    ("5101.21.70", "10", "100.00", "5.95"),
    # men's overcoats of wool, 41¢/kg + 16.3%: 2 kg x 0.41 = 0.82, 16.3% of 200.00 = 32.60, 33.42
    ("6201.20.11", "2", "200.00", "33.42"),
])
def test_per_kilogram_compound_lines(rules, code, weight, unit_value, duty):
    assert _mfn(_quote(rules, code, unit_value, net_weight_kg=weight)).amount == Decimal(duty)


@pytest.mark.parametrize("code,litres,quantity,unit_value,duty", [
    # still wine of 14% vol. or less in containers of 2 litres or less, 6.3¢/liter: 12 bottles of 0.75 l = 9 l,
    # 9 x 0.063 = 0.567 to 0.57
    ("2204.21.50", "9", "12", "15.00", "0.57"),
    # flavoured waters and soft drinks, 0.2¢/liter: 24 cans of 0.33 l = 7.92 l, 7.92 x 0.002 = 0.01584 to 0.02
    ("2202.10.00", "7.92", "24", "1.50", "0.02"),
    # wine over 14% vol. in containers over 2 but not over 4 liters, 22.4¢/liter: 2 boxes of 3 l = 6 l,
    # 6 x 0.224 = 1.344 to 1.34
    ("2204.22.40", "6", "2", "20.00", "1.34"),
    # vermouth in containers of 2 liters or less, 3.5¢/liter: 6 bottles of 1 l, 6 x 0.035 = 0.21
    ("2205.10.30", "6", "6", "9.00", "0.21"),
    # orange juice, not frozen, Brix 20 or less, other than single strength, 7.85¢/liter: 12 cartons of 1 l,
    # 12 x 0.0785 = 0.942 to 0.94
    ("2009.12.45", "12", "12", "3.00", "0.94"),
    # apple juice of a Brix value not exceeding 20: Free
    ("2009.71.00", "6", "6", "2.50", "0.00"),
    # cream of 6% to 10% fat over its quota, 77.2¢/liter: 10 l x 0.772 = 7.72
    ("0401.40.25", "10", "10", "3.00", "7.72"),
    # milk of 1% fat or less, 0.34¢/liter: 100 l x 0.0034 = 0.34
    ("0401.10.00", "100", "100", "1.00", "0.34"),
])
def test_per_litre_lines(rules, code, litres, quantity, unit_value, duty):
    assert _mfn(_quote(rules, code, unit_value, quantity, volume_l=litres)).amount == Decimal(duty)


def test_a_rate_the_schedule_cannot_compute_asks_for_it_by_hand(rules):
    # vinegar, 0.5¢/pf.liter: a proof liter of vinegar is not the spirits' proof liter the engine counts; the quote
    # says so and shows the printed rate
    result = _quote(rules, "2209.00.00", "30.00", volume_l="0.7")
    assert result.status == "rate_unknown"
    assert "0.5¢/pf.liter" in result.errors[0] and "not a rate this schedule computes" in result.errors[0]
    # rum valued not over USD 3 per proof liter, 23.7¢/pf.liter (session 77: counted on the proof litres): a line
    # without its strength is asked for it
    result = _quote(rules, "2208.40.20", "30.00", volume_l="0.7")
    assert result.status == "rate_unknown" and "needs the line's volume_l and alcohol_pct_vol" in result.errors[0]
    # extra virgin olive oil weighing with its container under 18 kg, 5¢/kg on contents and container: a rate on the
    # gross weight of the filled bottles, not on the net weight a line states
    result = _quote(rules, "1509.20.20.30", "12.00", net_weight_kg="0.5")
    assert result.status == "rate_unknown" and "5¢/kg on contents and container" in result.errors[0]
    # sporting rifles valued over USD 50, 3.1% on the value of the rifle + 13% on the value of the telescopic sight:
    # the order line does not split its value between rifle and sight
    result = _quote(rules, "9303.30.80", "600.00")
    assert result.status == "rate_unknown" and "13% on the value of the telescopic sight" in result.errors[0]
    # a tripod for a surveying level (9620.00.30) takes the rate of the level it serves, which the line does not name
    # molybdenum ores and concentrates, not roasted, 17.8¢/kg on molybdenum content: the line states no Mo content
    result = _quote(rules, "2613.90.00", "500.00", net_weight_kg="100")
    assert result.status == "rate_unknown"
    assert "17.8¢/kg on molybdenum content: not a rate this schedule computes" in result.errors[0]
    # magnesium articles, 14.8¢/kg on magnesium content + 3.5%: a line states its net weight, not its magnesium
    # content; its one line, so the six-digit code says the same
    for code in ("8104.90.00", "8104.90"):
        result = _quote(rules, code, "60.00", net_weight_kg="2")
        assert result.status == "rate_unknown"
        assert "14.8¢/kg on magnesium content + 3.5%: not a rate this schedule computes" in result.errors[0]
    result = _quote(rules, "9620.00.30", "60.00")
    assert result.status == "rate_unknown"
    assert "The rate applicable to the article of which it is an accessory" in result.errors[0]
    # raw cane sugar entered under general note 15: a rate by the sugar's polarization, which a line does not state
    result = _quote(rules, "1701.14.05", "8.00", net_weight_kg="10")
    assert result.status == "rate_unknown"
    assert "1.4606¢/kg less 0.020668¢/kg for each degree under 100 degrees" in result.errors[0]
    assert "not a rate this schedule computes" in result.errors[0]
    # blended glucose syrup over its quota, 16.9¢/kg of total sugars + 5.1%: on the sugars, not the net weight
    result = _quote(rules, "1702.30.28", "40.00", net_weight_kg="10")
    assert result.status == "rate_unknown" and "16.9¢/kg of total sugars + 5.1%" in result.errors[0]
    # fresh grapes entered 15 February to 31 March, $1.13/m3: a volume of grapes the line does not state
    result = _quote(rules, "0806.10.20", "100.00", net_weight_kg="50")
    assert result.status == "rate_unknown" and "$1.13/m3: not a rate this schedule computes" in result.errors[0]
    # wired glass, 29.1¢/m2: an area the line does not state; its one line, so the six-digit code says the same
    for code in ("7005.30.00", "7005.30"):
        result = _quote(rules, code, "50.00", net_weight_kg="10")
        assert result.status == "rate_unknown" and "29.1¢/m2: not a rate this schedule computes" in result.errors[0]
    # green olives, pitted, not place packed, 8.6¢/kg on drained weight: the drained weight is not the net weight
    result = _quote(rules, "2005.70.25", "40.00", net_weight_kg="10")
    assert result.status == "rate_unknown" and "8.6¢/kg on drained weight" in result.errors[0]


@pytest.mark.parametrize("code,unit_value,weight,printed", [
    # refined lead, 2.5% on the value of the lead content: the line's value is not its lead content's; every line of
    # 7801 says the same, so its six-digit codes do too
    ("7801.10.00", "300.00", "100", "2.5% on the value of the lead content: not a rate this schedule computes"),
    ("7801.99", "300.00", "100", "2.5% on the value of the lead content: not a rate this schedule computes"),
    # parts of drawing and measuring instruments take the rate of the instrument they belong to, which is not on the line
    ("9017.90.01", "20.00", None, "The rate applicable to the article of which it is a part or accessory"),
    # greasy shorn wool finer than 46s, 18.7¢/clean kg: charged on the clean yield of the wool, not its greasy weight
    ("5101.11.60", "400.00", "100", "18.7¢/clean kg: not a rate this schedule computes"),
    # watch movement sets, unassembled, take the rate of the complete assembled movement (session 107)
    ("9110.11.00", "50.00", None, "The rate applicable to the complete, assembled movement"),
])
def test_rates_on_another_article_or_an_unstated_quantity_ask_for_the_hand_calculation(rules, code, unit_value, weight,
                                                                                      printed):
    # session 106: the printed rate is shown and nothing is charged in its place
    line = {"net_weight_kg": weight} if weight else {}
    result = _quote(rules, code, unit_value, **line)
    assert result.status == "rate_unknown" and printed in result.errors[0], result.errors


@pytest.mark.parametrize("code", ["9504.20", "8518.30", "9503.00", "8452.10", "9031.80", "0901.21", "2309.10",
                                  "3004.90", "3005.10", "2520.20", "2208.30", "2936.27", "2939.30", "2936.29",
                                  "2914.61", "2933.31", "2933.91", "2901.10", "2902.30", "7204.41", "7205.29",
                                  "7201.50", "0306.17", "0302.13", "0307.22", "2617.90", "0713.35",
                                  "0709.56", "4407.11", "4407.91", "4412.41", "8448.51", "9027.90", "8805.29"])
def test_a_subheading_whose_lines_share_a_rate_is_rated_at_six_digits(rules, code):
    # 9504.20.20, .40, .60 and .80 (billiards), 8518.30.10 and .20, 9503.00.00, 8452.10.00 (household sewing
    # machines), 9031.80.40 and .80 (other measuring instruments), 0901.21.00 (roasted coffee), 2309.10.00 (dog and
    # cat food for retail sale), 3004.90.10 and .92 (medicaments in doses), 3005.10.10 and .50 (adhesive dressings),
    # 2520.20.00 (plasters), 2208.30.30 and .60 (whiskies), 2936.27.00 (vitamin C), 2939.30.00 (caffeine), 2936.29.10
    # to .50 (other vitamins: folic acid, niacin, vitamin D, biotin), 2914.61.00 (anthraquinone), 2933.31.00
    # (pyridine), 2933.91.00 (benzodiazepines), 2901.10.10 to .50 (butane, pentane ...), 2902.30.00 (toluene), 7204.41.00
    # (steel turnings and shavings, scrap), 7205.29.00 (iron powders, other), 7201.50.30 and .60 (alloy pig iron,
    # spiegeleisen), 0306.17.00 (frozen shrimps and prawns), 0302.13.00 (fresh Pacific salmon), 0307.22.00 (frozen
    # scallops), 2617.90.00 (other ores), 0713.35.00 (dried cowpeas), 0709.56.00 (fresh truffles), 4407.11.00 (pine
    # sawn lengthwise), 4407.91.00 (oak sawn lengthwise), 4412.41.00 (laminated veneered lumber with a tropical outer
    # ply), 8448.51.10 to .50 (knitting machine needles and sinkers), 9027.90.20 to .88 (microtomes and parts of
    # analysis instruments), 8805.29.00 (ground flying trainers other than air combat simulators): all Free; a
    # six-digit code is enough
    result = _quote(rules, code, "200.00")
    assert result.status == "ok" and _mfn(result).amount == 0


@pytest.mark.parametrize("code,parts", [
    ("3926.90", ["3926.90.10 3.4%", "3926.90.99 5.3%"]),            # buckets 3.4% ... other articles 5.3%
    ("7117.19", ["7117.19.05 Free", "7117.19.90 11%"]),             # toy jewellery Free ... other 11%
    ("8516.60", ["8516.60.40 Free", "8516.60.60 2.7%"]),            # stoves and ranges Free, other 2.7%
    ("6204.62", ["6204.62.05 8.9%", "6204.62.80 16.6%"]),           # cotton bib overalls 8.9%, trousers 16.6%
    ("6110.20", ["6110.20.10 5%", "6110.20.20 16.5%"]),             # 36% flax or more 5%, other cotton 16.5%
    ("6203.42", ["6203.42.03 Free", "6203.42.45 16.6%"]),           # down-filled Free ... other trousers 16.6%
    ("6912.00", ["6912.00.10 0.7%", "6912.00.20 28%", "6912.00.44 10%"]),  # coarse earthenware ... hotel ware ... mugs
    ("4011.20", ["4011.20.10 4%", "4011.20.50 3.4%"]),              # bus and truck tyres: radial 4%, other 3.4%
    ("0902.10", ["0902.10.10 6.4%", "0902.10.90 Free"]),            # green tea in small packings: flavoured or not
    ("1905.90", ["1905.90.10 Free", "1905.90.90 4.5%"]),            # bread, pastry, cakes Free; other bakers' wares
    ("2106.90", ["2106.90.39 Free", "2106.90.99 6.4%"]),            # sweetened cough drops ... other preparations
    ("2515.12", ["2515.12.10 Free", "2515.12.20 3%"]),              # marble Free, travertine 3%
    ("2208.40", ["2208.40.20 23.7¢/pf.liter", "2208.40.40 Free"]),  # rum by value per proof liter and container
    ("7318.15", ["7318.15.20 Free", "7318.15.60 6.2%", "7318.15.80 8.5%"]),  # bolts ... screws under 6 mm ... 6 mm or more
    ("7315.89", ["7315.89.10 1.5%", "7315.89.30 Free", "7315.89.50 3.9%"]),  # round-link chain by diameter, other chain
    ("7505.11", ["7505.11.10 3%", "7505.11.30 2.6%", "7505.11.50 3%"]),       # nickel bars cold-formed or not, profiles
    ("6802.91", ["6802.91.05 2.5%", "6802.91.15 4.9%", "6802.91.30 4.7%"]),   # marble slabs, other marble, alabaster
])
def test_a_subheading_whose_lines_differ_asks_for_the_line(rules, code, parts):
    result = _quote(rules, code, "200.00")
    assert result.status == "rate_unknown"
    assert all(p in result.errors[0] for p in parts), result.errors[0]


@pytest.mark.parametrize("code,date,name", [
    ("7326.90.86", "2026-08-03", "Section 232 duty on steel derivative articles"),       # 2.9% bundled, section 232 not
    ("7615.10", "2026-08-03", "Section 232 duty on aluminium articles and derivatives"),  # 3.1% bundled, section 232 not
    # welded and seamless tubes of 7304-7306 (all Free in column 1) are steel articles of Proclamation 9705 clause 1:
    # from 23 March 2018, so also before 2025, their section 232 duty (origins exempted or held to quotas at various
    # times, not bundled) leaves the duty unknown
    ("7306.30.50", "2024-06-03", "Section 232 duty on steel articles of chapter 73, 2018 regime"),
    ("7304.39.00", "2024-06-03", "Section 232 duty on steel articles of chapter 73, 2018 regime"),
    ("7305.31.40", "2024-06-03", "Section 232 duty on steel articles of chapter 73, 2018 regime"),
    ("7304.19.10", "2024-06-03", "Section 232 duty on steel articles of chapter 73, 2018 regime"),   # line pipe
    # the steel mill products of chapter 72 (7206-7229, all Free in column 1: galvanized wire, stainless sheet) under
    # the same 2018 duty, and from 6 April 2026 under the restructured one
    ("7217.20.30", "2024-06-03", "Section 232 duty on steel articles, 2018 regime"),
    ("7219.33.00", "2026-08-03", "Section 232 duty on steel articles, 2018 regime"),
])
def test_chapter_73_and_76_lines_ask_about_section_232(rules, code, date, name):
    # Proclamations 10895 and 10896: steel and aluminium articles and their derivatives from 12 March 2025; which
    # lines the lists name is not bundled, so the quote says rate_unknown and names the measure rather than
    # quoting the MFN rate alone (1,000.00: above the USD 800 de minimis of 2024)
    result = _quote(rules, code, "1000.00", date=date)
    assert result.status == "rate_unknown"
    assert name in result.errors[0], result.errors[0]


_STEEL = ("2025-03-12", "Section 232")       # steel derivatives, every line of chapter 73 (Proclamation 10896)
_COPPER = ("2025-08-01", "copper content")   # 50% of the copper content, headings 7406-7419 (9903.78.01)


@pytest.mark.parametrize("code,duty,measure", [
    ("7318.12.00", "125.00", _STEEL),   # other wood screws: 12.5% of 1,000.00
    ("7318.14.10", "62.00", _STEEL),    # self-tapping screws under 6 mm: 6.2%
    ("7318.15.60", "62.00", _STEEL),    # other screws and bolts under 6 mm: 6.2%
    ("7318.15.80", "85.00", _STEEL),    # other screws and bolts of 6 mm or more: 8.5%
    ("7318.15.20", "0.00", _STEEL),     # bolts with their nuts in the same shipment: Free
    ("7315.89.10", "15.00", _STEEL),    # chain of round links not over 8 mm: 1.5%
    ("7315.90.00", "29.00", _STEEL),    # parts of chain: 2.9%
    ("7317.00.55", "0.00", _STEEL),     # nails of round wire: Free
    ("7310.29.00", "0.00", _STEEL),     # tins and boxes under 50 litres: Free
    ("7307.22.50", "62.00", _STEEL),    # threaded elbows and bends of stainless steel: 6.2%
    ("7307.19.90", "62.00", _STEEL),    # other cast tube fittings (malleable iron): 6.2%
    ("7307.93.90", "43.00", _STEEL),    # butt welding fittings of 360 mm or more inside: 4.3%
    ("7308.90.95", "0.00", _STEEL),     # other structures and parts of structures: Free
    ("7412.20.00", "30.00", _COPPER),   # brass pipe fittings: 3%
    ("7408.19.00", "30.00", _COPPER),   # refined copper wire, other: 3%
    ("7413.00.50", "20.00", _COPPER),   # copper stranded cable, other: 2%
    ("7415.33.10", "14.00", _COPPER),   # Muntz or yellow metal bolts: 1.4%
    ("7419.80.50", "0.00", _COPPER),    # other articles of copper: Free
])
def test_steel_and_copper_articles_before_and_from_their_section_232_day(rules, code, duty, measure):
    # HTSUS 7307-7318.15 and 7406-7419 (USITC HTS export, column 1 general) on 11 March 2025, the day before the
    # section 232 steel-derivative measure, from Iceland (no IEEPA duty then): ten units, 1,000.00 in all, above the
    # USD 800 de minimis of that day, so the line's rate alone is charged
    result = _quote(rules, code, "100.00", quantity="10", date="2025-03-11")
    assert result.status == "ok", result.errors
    charge = _mfn(result)
    assert charge.amount == Decimal(duty) and "USITC HTS export" in charge.ref
    # from the measure's first day its product list (steel) or the line's copper content decides, neither of which
    # is bundled or stated
    day, named = measure
    later = _quote(rules, code, "100.00", quantity="10", date=day)
    assert later.status == "rate_unknown" and named in later.errors[0], later.errors


@pytest.mark.parametrize("code,value,duty,day,named", [
    # passenger cars of 1,500 to 3,000 cc, spark ignition: 2.5% of 30,000.00 = 750.00; from 3 April 2025 the section
    # 232 duty on automobiles (Proclamation 10908), whose rate the origin's deal and the car's U.S. content decide
    ("8703.23.01", "30000.00", "750.00", "2025-04-03", "Section 232 duty on passenger vehicles"),
    ("8703.80.00", "40000.00", "1000.00", "2025-04-03", "Section 232 duty on passenger vehicles"),  # electric: 2.5%
])
def test_cars_pay_their_line_rate_before_their_section_232_day(rules, code, value, duty, day, named):
    # HTSUS 8703 (USITC HTS export, column 1 general) on 2 April 2025, from Iceland (no IEEPA duty then)
    result = _quote(rules, code, value, date="2025-04-02")
    assert result.status == "ok", result.errors
    assert _mfn(result).amount == Decimal(duty)
    later = _quote(rules, code, value, date=day)
    assert later.status == "rate_unknown" and named in later.errors[0], later.errors


def test_refrigerator_parts_and_railway_coaches_are_rated(rules):
    # 8418.99.80 other parts of refrigerating equipment (a fridge door shelf bin): Free, as is 8418.99.40, so the
    # six-digit code is enough; not among the appliances of the June 2025 section 232 steel-content list
    # (8418.10, .30, .40 only). Asked on 15 August 2025: the inclusions of 18 August 2025 (90 FR 40326), not bundled,
    # name parts of appliances. Passenger coaches not self-propelled 8605.00.00: 14% of 10,000.00 = 1,400.00
    for code in ("8418.99.80", "8418.99"):
        result = _quote(rules, code, "900.00", date="2025-08-15")   # over that day's USD 800 de minimis
        assert result.status == "ok" and _mfn(result).amount == 0, result.errors
    result = _quote(rules, "8605.00.00", "10000.00", date="2024-06-03")
    assert result.status == "ok" and _mfn(result).amount == Decimal("1400.00")


@pytest.mark.parametrize("code,duty", [
    ("7403.21.00", "10.00"),   # unwrought brass: 1%, no section 232 copper duty (7401-7405 are not listed)
    ("7507.20.00", "30.00"),   # nickel tube or pipe fittings: 3%
    ("7508.90.50", "30.00"),   # other articles of nickel: 3%
    ("7504.00.00", "0.00"),    # nickel powders and flakes: Free
])
def test_brass_ingots_and_nickel_articles_pay_the_line_rate(rules, code, duty):
    # 3 August 2026, from Iceland (the helper's default: no IEEPA or section 122 duty left that day)
    result = _quote(rules, code, "100.00", quantity="10")
    assert result.status == "ok", result.errors
    assert _mfn(result).amount == Decimal(duty) and result.totals.duty == Decimal(duty)


@pytest.mark.parametrize("code,weight,duty", [
    # chapter 27
    ("2712.10", None, "0.00"),         # petroleum jelly: the subheading's one line 2712.10.00, Free
    ("2710.19.90", None, "70.00"),     # other petroleum-oil preparations (not per barrel): 7% of 1,000.00
    ("2710.12.90", None, "70.00"),     # other light-oil preparations: 7%
    ("2707.99.40", "50", "30.45"),     # carbazole, 0.9¢/kg + 3%: 3% of 1,000.00 = 30.00 and 50 kg x 0.009 = 0.45
    # man-made fibres, chapters 54-55
    ("5401.10", None, "114.00"),       # sewing thread of synthetic filaments: 11.4%
    ("5511.10", None, "75.00"),        # yarn of synthetic staple put up for retail sale: 7.5%
    ("5509.53.00", None, "132.00"),    # polyester staple yarn mixed with cotton: 13.2%
    ("5407.52.20", None, "149.00"),    # dyed textured polyester woven fabric, other: 14.9%
    # dyed textured polyester under 77 cm wide of the thread count: 18.9¢/kg + 17.6% = 176.00 + 20 kg x 0.189 = 3.78
    ("5407.52.05", "20", "179.78"),
    ("5514.43.00", None, "0.00"),      # printed polyester/cotton over 170 g/m2, other: Free (as printed)
    ("5408.32.90", None, "150.00"),    # dyed artificial filament fabric, other: 15%
    # wool and cotton, 5103-5112 and 5202-5207
    ("5109.10.90", None, "60.00"),     # knitting yarn of wool put up for retail sale, other: 6%
    ("5204.20", None, "44.00"),        # cotton sewing thread put up for retail sale: 4.4%
    ("5207.10", None, "0.00"),         # cotton yarn put up for retail sale, 85% or more cotton: Free
    ("5105.10", "20", "54.30"),        # carded wool, 6.5¢/kg + 5.3%: 53.00 + 20 kg x 0.065 = 1.30
    ("5103.10", "50", "1.30"),         # noils of wool, 2.6¢/kg: 50 kg x 0.026
    # wadding, felt, coated fabrics, wicks and knitted pile, chapters 56-60, and linen fabric, 5309
    ("5601.21", None, "36.00"),        # cotton wadding and articles of it (swabs): 3.6%
    ("5602.21.00", "20", "84.90"),     # wool felt, 49.5¢/kg + 7.5%: 75.00 + 20 kg x 0.495 = 9.90
    ("5903.20.25", None, "75.00"),     # polyurethane-coated man-made fibre fabric, other: 7.5%
    ("5908.00", None, "34.00"),        # textile wicks: 3.4%
    ("6001.92", None, "172.00"),       # knitted pile fabric of man-made fibres (minky): 17.2%
    ("5309.19", None, "0.00"),         # linen fabric, 85% or more flax, dyed or printed: Free
    # leather, furskin and wood, chapters 41-44
    ("4107.99.70", None, "50.00"),     # bovine leather, not fancy: 5%
    ("4304.00", None, "65.00"),        # artificial fur and articles of it: 6.5%
    ("4401.31", None, "0.00"),         # wood pellets: Free
    ("4409.29.66", None, "49.00"),     # hardwood dowel rods, sanded or grooved: 4.9%
    ("4411.93.20", "100", "16.90"),    # laminated fibreboard, 1.9¢/kg + 1.5%: 15.00 + 100 kg x 0.019 = 1.90
    # paper, ceramics, glass and stones, chapters 48 and 69-71
    ("4806.30", None, "0.00"),         # tracing paper: Free
    ("6905.10", None, "135.00"),       # ceramic roofing tiles: 13.5%
    ("6907.21.40", None, "85.00"),     # glazed ceramic tiles of low water absorption, other: 8.5%
    ("7019.66.40", None, "73.00"),     # open woven glass-fibre fabric, not coloured (window screen): 7.3%
    ("7020.00.40", None, "66.00"),     # glass inners for vacuum flasks: 6.6%
    ("7103.10.40", None, "105.00"),    # precious or semiprecious stones simply sawn or roughly shaped: 10.5%
])
def test_line_rates_by_value_and_weight(rules, code, weight, duty):
    # HTSUS chapters 27, 41-44, 48, 51-60 and 69-71 (USITC HTS export, column 1 general), ten units at 100.00 from
    # Iceland on 3 August 2026
    result = _quote(rules, code, "100.00", quantity="10", **({"net_weight_kg": weight} if weight else {}))
    assert result.status == "ok", result.errors
    assert _mfn(result).amount == Decimal(duty)


@pytest.mark.parametrize("code,named", [
    # 2710.19's lines are rated per barrel (fuel oils 5.25¢ or 10.5¢, kerosene 52.5¢, lubricating oils 84¢, white
    # mineral oil 10.5¢), by value (greases 5.8%, other 7%) or both (1.3¢/kg + 5.7%): the subheading decides none
    ("2710.19", ("2710.19.30 84¢/bbl", "2710.19.90 7%")),
    # 5407.52: 18.9¢/kg + 17.6% for narrow fabric of the thread count, 14.9% for the rest: "polyester fabric"
    # decides neither
    ("5407.52", ("5407.52.05 18.9¢/kg + 17.6%", "5407.52.20 14.9%")),
    # polyurethane-coated fabric: of cotton 2.7%, of man-made fibres 8% or 7.5% by the fabric, Free over 70% plastics
    ("5903.20", ("5903.20.10 2.7%", "5903.20.18 8%", "5903.20.25 7.5%")),
    # embroidery of man-made fibres (sequin fabric, patches): the rate column refers to chapter 58's additional notes
    ("5810.92", ("5810.92.10 See additional U.S. note 2", "5810.92.90 See additional U.S. note 3", "work it out by hand")),
    # canned tuna: 35% in oil, 6% or 12.5% not in oil by the quota of 1604.14.22, 1.1¢/kg in bulk; "canned tuna"
    # decides none
    ("1604.14", ("1604.14.10 35%", "1604.14.22 6%", "1604.14.30 12.5%", "1604.14.40 1.1¢/kg")),
    # leather footwear with a metal toe-cap: welt 5%, other 8.5%
    ("6403.40", ("6403.40.30 5%", "6403.40.60 8.5%")),
    # creatine: 2925.29's non-aromatic imines are Free (tetramethylguanidine) or 3.7% (other), its aromatic ones 6.5%
    # or Free by the compound
    ("2925.29", ("2925.29.70 Free", "2925.29.90 3.7%", "2925.29.10 6.5%")),
    # tripods: by the apparatus they serve (cameras 5.8%, sound apparatus 2%) or their material (plastics 5.3%,
    # aluminium 2.5%), and at the rate of the article itself for telescopes (9005) and surveying levels (9015)
    # methanol: Free for synthetic natural gas or fuel, 5.5% other; acetone: 5.5% from cumene, Free other
    # ferrosilicon by its silicon (and calcium) content: 1.1%, 1.5%, 1.9% or 5.8%
    ("7202.21", ("7202.21.10 1.1%", "7202.21.50 1.5%", "7202.21.75 1.9%", "7202.21.90 5.8%")),
    # boneless beef, fresh: quota entries processed 4% or 10%, other quota entries 4.4¢/kg, other entries 26.4%
    ("0201.30", ("0201.30.02 4%", "0201.30.04 10%", "0201.30.50 4.4¢/kg", "0201.30.80 26.4%")),
    # turbines for marine propulsion: steam turbines 6.7%, other vapour turbines Free
    ("8406.10", ("8406.10.10 6.7%", "8406.10.90 Free")),
    # body-tinted float glass: under 10 mm thick 14.5¢/m2 + 0.4%, 10 mm or more 5.6%
    ("7005.21", ("7005.21.10 14.5¢/m2 + 0.4%", "7005.21.20 5.6%")),
    # tanned bovine leather in the wet state: by size, kind and use, Free to 5%
    ("4104.11", ("4104.11.10 Free", "4104.11.20 2.4%", "4104.11.40 5%", "4104.11.50 3.3%")),
    # fresh grapes by the season of entry: $1.13/m3 15 February-31 March, Free April-June, $1.80/m3 at other times
    ("0806.10", ("0806.10.20 $1.13/m3", "0806.10.40 Free", "0806.10.60 $1.80/m3")),
    # plywood with both outer plies coniferous: by the face ply, Parana pine Free, European red pine 3.4%, other 8%,
    # and 5.1% when surface covered
    ("4412.39", ("4412.39.10 Free", "4412.39.30 3.4%", "4412.39.40 8%", "4412.39.50 5.1%")),
    # butter: entered under general note 15 or additional U.S. note 6 to chapter 4 12.3¢/kg, other $1.541/kg
    ("0405.10", ("0405.10.05 12.3¢/kg", "0405.10.10 12.3¢/kg", "0405.10.20 $1.541/kg")),
    # other cheese: by kind and by quota, from Pecorino Free to Colby over its quota $1.055/kg
    ("0406.90", ("0406.90.12 $1.227/kg", "0406.90.57 Free", "0406.90.49 5.4%", "0406.90.54 $1.055/kg")),
    # dried kidney beans: for sowing 1.5¢/kg, else 1¢/kg entered 1 May-31 August and 1.5¢/kg at other times
    ("0713.33", ("0713.33.10 1.5¢/kg", "0713.33.20 1¢/kg", "0713.33.40 1.5¢/kg")),
    # fresh horse mackerel scaled in packs of 6.8 kg or less 3%, other Free
    ("0302.45", ("0302.45.11 3%", "0302.45.50 Free")),
    # rice flour 0.09¢/kg, rye 0.23¢/kg, buckwheat Free, mixtures 12.8%, other cereal flours 9%
    ("1102.90", ("1102.90.20 Free", "1102.90.25 0.09¢/kg", "1102.90.27 0.23¢/kg", "1102.90.30 12.8%",
                 "1102.90.60 9%")),
    # titanium: articles 5.5%, other (bars, sheet, tube) 15%
    ("8108.90", ("8108.90.30 5.5%", "8108.90.60 15%")),
    ("2905.11", ("2905.11.10 Free", "2905.11.20 5.5%")),
    ("2914.11", ("2914.11.10 5.5%", "2914.11.50 Free")),
    # unwrought zinc of under 99.99%: casting-grade 3%, other 1.5% (session 106)
    ("7901.12", ("7901.12.10 3%", "7901.12.50 1.5%")),
    # other bovine hides including butts and bellies: not pretanned Free, buffalo 2.4%, vegetable pretanned 5%,
    # other 3.3%
    ("4101.90", ("4101.90.10 Free", "4101.90.35 2.4%", "4101.90.40 5%", "4101.90.50 3.3%")),
    # other bearing parts: rings and parts for ball bearings 9.9%, for roller bearings 5.8%
    ("8482.99", ("8482.99.05 9.9%", "8482.99.15 5.8%", "8482.99.35 9.9%", "8482.99.65 5.8%")),
    # pigments: most 6.5%, a few named ones (Pigment red 178 ..., isoindolenine red) Free
    ("3204.17", ("3204.17.04 6.5%", "3204.17.08 Free", "3204.17.40 Free", "3204.17.90 6.5%")),
    # raw cotton by staple length and by quota: Free, 4.4¢/kg or 1.5¢/kg in quota, 31.4¢/kg outside
    ("5201.00", ("5201.00.05 Free", "5201.00.22 4.4¢/kg", "5201.00.55 1.5¢/kg", "5201.00.80 31.4¢/kg")),
    # men's cotton ensembles: martial arts uniforms 7.5%, other ensembles at each garment's rate
    ("6203.22", ("6203.22.10 7.5%", "6203.22.30 The rate applicable to each garment in the ensemble")),
    # knitted parts of garments: of 70% or more silk 2.3%, other 14.6%; glass fibre slivers and yarn by kind (session 107)
    ("6117.90", ("6117.90.10 2.3%", "6117.90.90 14.6%")),
    ("7019.19", ("7019.19.30 4.9%", "7019.19.70 Free", "7019.19.91 4.2%")),
    ("9620.00", ("9620.00.20 5.8%", "9620.00.50 5.3%", "9620.00.70 2.5%",
                 "9620.00.30 The rate applicable to the article of which it is an accessory")),
])
def test_six_digit_codes_of_several_rates_ask_for_the_line_naming_each(rules, code, named):
    result = _quote(rules, code, "100.00", quantity="10", volume_l="10")
    assert result.status == "rate_unknown"
    assert all(line in result.errors[0] for line in named), result.errors


@pytest.mark.parametrize("code,date,status,duty", [
    ("7607.19.30", "2024-06-03", "rate_unknown", None),  # aluminium foil cut to shape: heading 7607, clause 1
    ("7604.29.10", "2024-06-03", "rate_unknown", None),  # aluminium profiles: heading 7604
    ("7616.99.51", "2024-06-03", "rate_unknown", None),  # 8 digits that may be castings or forgings (.60/.70)
    ("7616.99.51.30", "2024-06-03", "ok", "25.00"),      # aluminium ladders: not listed, 2.5%
    ("7610.90", "2024-06-03", "ok", "57.00"),            # aluminium structures: heading 7610 not listed, 5.7%
    ("7610.90", "2025-08-04", "rate_unknown", None),     # ... but a chapter 76 derivative of the 2025 regime
    ("7610.90", "2026-08-03", "rate_unknown", None),     # ... and of the 2026 one, by annex on the full value
])
def test_aluminium_articles_of_the_2018_proclamation_ask_for_the_section_232_duty(rules, code, date, status, duty):
    # Proclamation 9704 of 8 March 2018, clause 1: 10% (9903.85.01) on 7601, 7604-7609 and the castings and
    # forgings of 7616.99.51.60/70 from 23 March 2018, with origins exempted or held to quotas at various times (not
    # bundled, so `unknown`); the 2025 regime (Proclamation 10895) covers chapter 76 from 12 March 2025, the annexes of
    # the proclamation of 2 April 2026 from 6 April 2026. Ten units at 100.00 from Iceland
    result = _quote(rules, code, "100.00", quantity="10", date=date)
    assert result.status == status, result.errors
    if duty is None:
        proclamation = ("Proclamation 9704" if date < "2025-03-12" else "Proclamation 10895" if date < "2026-04-06"
                        else "Proclamation of 2 April 2026")
        assert "Section 232" in result.errors[0] and proclamation in result.errors[0], result.errors
    else:
        assert _mfn(result).amount == Decimal(duty) and result.totals.duty == Decimal(duty)


@pytest.mark.parametrize("code,origin,exception", [
    ("0901.21", "VN", "agricultural exceptions from 13 November 2025"),   # roasted coffee: order of 14 November 2025
    ("1806.31.00", "JP", "agricultural exceptions from 13 November 2025"),  # chocolate bars, chapter 18
    ("3004.90", "IN", "pharmaceutical exceptions"),                          # medicaments: Annex II of EO 14257
])
def test_the_section_122_surcharge_asks_where_a_product_exception_may_apply(rules, code, origin, exception):
    # the surcharge keeps the reciprocal tariffs' product exceptions (CBP CSMS 67844987); their line lists are not
    # bundled, so inside its window (24 February - 23 July 2026) the quote names the exception instead of charging 10%
    result = _quote(rules, code, "100.00", origin=origin, date="2026-03-10")
    assert result.status == "rate_unknown" and exception in result.errors[0], result.errors
    # a cotton T-shirt of the same date and origin is outside both exceptions: 16.5% of 100.00 = 16.50 and the
    # surcharge's 10% = 10.00
    shirt = _quote(rules, "6109.10", "100.00", origin=origin, date="2026-03-10")
    assert shirt.status == "ok" and shirt.totals.duty == Decimal("26.50")


_LINE_REF = re.compile(r"^HTSUS (\d{4}\.\d{2}\.\d{2}) (.+?)(: not a rate this schedule computes; work it out by hand)? "
                       r"\(USITC HTS export(?: \(HTSUS, HS 2022 edition\)|, 2026 edition), column 1 general\)$")


def test_every_bundled_eight_digit_row_is_what_the_importer_makes_of_its_printed_rate():
    # each eight-digit row citing the USITC export names its printed rate; the importer's reading of that text
    # (landed.importers.usitc.us_duty) must be the row's duty, and a rate the importer cannot read must be
    # `unknown` saying so: a typo in a transcribed rate or a changed importer shows here
    with open(data_dir() / "tariffs" / "us.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if len(r["code"]) == 8 and "USITC HTS export" in r["ref"] and not r["agreement"]]
    assert len(rows) > 5000
    wrong = []
    for row in rows:
        m = _LINE_REF.match(row["ref"])
        assert m and m.group(1).replace(".", "") == row["code"], row
        try:
            expected = us_duty(m.group(2), m.group(1))
        except UnsupportedRate:
            expected = None
        if expected is None:
            ok = row["duty"] == "unknown" and m.group(3)
        else:
            ok = row["duty"] == expected and not m.group(3)
        if not ok:
            wrong.append((row["code"], row["duty"], m.group(2)))
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("code", ["8206.00.00", "8205.90.60", "8215.20.00"])
def test_sets_of_tools_and_tableware_take_the_rate_of_their_highest_rated_article_worked_out_by_hand(rules, code):
    # HTSUS 8206.00.00 (tools of two or more of headings 8202-8205 put up in sets for retail sale), 8205.90.60 (sets of
    # articles of two or more subheadings of 8205) and 8215.20.00 (other sets of assorted tableware) print "The rate of
    # duty applicable to that article in the set subject to the highest rate of duty": a rate of the set's contents,
    # which the line does not list, so the quote asks for the hand calculation instead of charging a guess
    r = _quote(rules, code, "100.00")
    assert r.status == "rate_unknown"
    assert "subject to the highest rate of duty: not a rate this schedule computes; work it out by hand" in r.errors[0]


def test_a_six_digit_code_of_a_free_line_and_a_set_line_asks_for_the_line(rules):
    r = _quote(rules, "8205.90", "100.00")
    assert r.status == "rate_unknown"
    assert "(8205.90.10 Free; 8205.90.60 The rate of duty applicable to that article in the set" in r.errors[0]


@pytest.mark.parametrize("code,before", [
    ("7326.90.86", "Proclamation 10896"),        # other articles of iron or steel (chapter 73 derivatives)
    ("7615.10", "Proclamation 10895"),           # aluminium table and kitchen articles (chapter 76)
    ("7412.20.00", "copper content"),            # brass pipe fittings (9903.78.01, copper content)
    ("8450.11", "BIS final rule adding household appliances"),  # washing machines (steel content, June 2025)
    ("9403.20", "Tariff Inclusions Process"),    # metal furniture (the August 2025 inclusions)
])
def test_section_232_metal_duties_name_the_2026_restructuring_from_6_april_2026(rules, code, before):
    # the proclamation of 2 April 2026 (goods entered from 6 April 2026) puts the steel, aluminium and copper duties on
    # the full entered value at the rate of an annex (50%, 25%, a temporary 15%, or none for Annex II and for articles
    # of 15% or less of these metals by weight); which lines each annex lists is not bundled, so the duty stays
    # unknown, but the quote now names that regime instead of the metal-content one it replaced
    day_before = _quote(rules, code, "1000.00", date="2026-04-05")
    assert day_before.status == "rate_unknown" and before in day_before.errors[0], day_before.errors
    assert "Proclamation of 2 April 2026" not in day_before.errors[0]
    result = _quote(rules, code, "1000.00", date="2026-04-06")
    assert result.status == "rate_unknown"
    assert "Proclamation of 2 April 2026" in result.errors[0] and "full entered value" in result.errors[0], result.errors
