import { courseDatasets } from '../src/lib/datasets.ts';

courseDatasets();
